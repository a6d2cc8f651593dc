# The queue search's text index keyed by the case's queue as well as its trigrams (btree_gin), so that a
# search in one queue rechecks that queue's candidate rows only: a common phrase had PostgreSQL recheck
# ~5,400 rows across all queues to find 8 in one, 15 ms of the page's time at 100,000 open cases. Cases
# not yet placed (queue "") are in no queue to search: intake's insert writes no entry, the placement does.
# Built concurrently: writes to reports_case go on while it builds.

import django.contrib.postgres.indexes
import django.db.models.functions.text
from django.contrib.postgres.operations import AddIndexConcurrently, BtreeGinExtension, RemoveIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("reports", "0009_case_fillfactor")]

    operations = [
        BtreeGinExtension(),
        AddIndexConcurrently(
            model_name="case",
            index=django.contrib.postgres.indexes.GinIndex(
                models.F("queue"),
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper("text"), name="gin_trgm_ops"
                ),
                name="case_queue_text_search",
                condition=~models.Q(queue=""),
            ),
        ),
        RemoveIndexConcurrently(model_name="case", name="case_text_search"),
    ]
