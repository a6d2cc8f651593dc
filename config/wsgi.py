import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

from config import long_lived

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()
get_resolver().url_patterns  # noqa: B018 (imports the views now, with the rest of start-up, not on a first request)
long_lived.freeze()
