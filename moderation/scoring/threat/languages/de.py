WORDS = {}
FORMS = []
FALSE_FRIENDS = []
CONDITION = r"\bzzzq\b"
NEGATED = r"zzzq$"
AGGRAVATING = r"\bzzzq\b"
