"""Heed settings: one file, driven by the environment, safe by default."""

from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote

import environ
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# Development only: `make run` writes its stack's settings (database socket, secret key, …) to var/dev.env so
# that manage.py works in a second shell. It is read only if it exists, and never over a variable already set.
# HEED_ENV_FILE names another file or, empty, switches it off: `make test` and the Docker image do.
ENV_FILE = env.str("HEED_ENV_FILE", default=str(BASE_DIR / "var" / "dev.env"))
if ENV_FILE and Path(ENV_FILE).is_file():
    environ.Env.read_env(ENV_FILE)

DEBUG = env.bool("DEBUG", default=False)
# Only DEBUG may fall back to a throwaway key; production must set SECRET_KEY.
SECRET_KEY = env.str("SECRET_KEY") if not DEBUG else env.str("SECRET_KEY", default="dev-only-insecure-key")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
PORT = env.int("PORT", default=8000)
SITE_URL = env.str("SITE_URL", default=f"http://127.0.0.1:{PORT}")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "template_partials",
    "ninja",
    "csp",
    "axes",
    "reports",
    "moderation",
]

MIDDLEWARE = [
    "moderation.metrics.prometheus.RequestMetricsMiddleware",
    "config.logging.RequestIdMiddleware",
    "config.errors.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Before axes, so that the lock-out page gets the policy too.
    "csp.middleware.CSPMiddleware",
    # Last, so that it turns a lock-out noticed during authentication into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

# No inline script or style anywhere: behaviour lives in static/heed/heed.js, looks in heed.css; htmx is told
# not to inject its indicator <style> (the htmx-config meta tag in base.html). docs/operations.md "Security".
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "moderation.context_processors.workspace",
            ],
        },
    }
]

DATABASES = {"default": env.db_url("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/heed")}
# A unix-socket directory arrives percent-encoded in the URL's host (the embedded PostgreSQL uses one).
DATABASES["default"]["HOST"] = unquote(DATABASES["default"]["HOST"])
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Behind PgBouncer in transaction mode (docker-compose.yml, docs/scaling.md) a transaction may run on another
# server connection than the last: no server-side cursors (.iterator() in backtests and training), which live
# across statements. CONN_MAX_AGE then keeps the cheap connection to PgBouncer, not a PostgreSQL backend.
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env.bool("HEED_PGBOUNCER", default=False)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}

# Celery spells a unix-socket Redis differently from redis-py (the embedded Redis uses one).
CELERY_BROKER_URL = REDIS_URL.replace("unix://", "redis+socket://", 1)
# Four queues from one prefix, each served by its own worker (Procfile), so a long batch job or a slow
# webhook never holds a threat back: the prefix itself is ordinary scoring (and every short sweep),
# -urgent reports filed as threats, -deliveries what Heed sends out, -batch the jobs that take minutes.
CELERY_TASK_DEFAULT_QUEUE = env.str("HEED_CELERY_QUEUE", default="heed")
HEED_QUEUE_URGENT = f"{CELERY_TASK_DEFAULT_QUEUE}-urgent"
HEED_QUEUE_DELIVERIES = f"{CELERY_TASK_DEFAULT_QUEUE}-deliveries"
HEED_QUEUE_BATCH = f"{CELERY_TASK_DEFAULT_QUEUE}-batch"
HEED_QUEUES = (HEED_QUEUE_URGENT, CELERY_TASK_DEFAULT_QUEUE, HEED_QUEUE_DELIVERIES, HEED_QUEUE_BATCH)
CELERY_TASK_ROUTES = {
    "moderation.score_urgent": {"queue": HEED_QUEUE_URGENT},
    "moderation.deliver": {"queue": HEED_QUEUE_DELIVERIES},
    "moderation.retry_due_deliveries": {"queue": HEED_QUEUE_DELIVERIES},
    "moderation.check_sla": {"queue": HEED_QUEUE_DELIVERIES},
    "moderation.page_missed": {"queue": HEED_QUEUE_DELIVERIES},
    "moderation.run_backtest": {"queue": HEED_QUEUE_BATCH},
    "moderation.retrain_model": {"queue": HEED_QUEUE_BATCH},
    "moderation.refresh_metrics": {"queue": HEED_QUEUE_BATCH},
    "moderation.apply_retention": {"queue": HEED_QUEUE_BATCH},
}
# Run by intake on every report's text: a suspect one is scored on the urgent queue whatever its category.
HEED_INTAKE_SCREEN = "moderation.scoring.screen.suspect"
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Celery's own closing of the database connection around each task, off: config/celery.py keeps it as Django would.
CELERY_DB_REUSE_MAX = 2**62
# A task unacked for this long is redelivered; scoring tasks finish in well under a second.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=300),
    # Publishing tries the broker once: with Redis down, intake answers 202 at once (the sweep enqueues
    # later) instead of holding the request ~6 s in retries. The worker's consumer retries on its own.
    "max_retries": 0,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULE = {
    "sweep-unscored-reports": {
        "task": "moderation.sweep_unscored",
        "schedule": env.float("HEED_SWEEP_EVERY_SECONDS", default=15.0),
    },
    "expire-claims": {"task": "moderation.expire_claims", "schedule": 30.0},
    "check-sla": {"task": "moderation.check_sla", "schedule": env.float("HEED_SLA_CHECK_SECONDS", default=30.0)},
    "page-missed": {"task": "moderation.page_missed", "schedule": 30.0},
    "rerank-waiting": {"task": "moderation.rerank_waiting", "schedule": 60.0},
    "retrain-model": {"task": "moderation.retrain_model", "schedule": 24 * 3600.0},
    "refresh-metrics": {"task": "moderation.refresh_metrics", "schedule": 60.0},
    "retry-due-deliveries": {
        "task": "moderation.retry_due_deliveries",
        "schedule": env.float("HEED_DELIVERY_SWEEP_SECONDS", default=5.0),
    },
    # Hourly, so a backlog (a policy just switched on) drains within hours, not one batch a day.
    "apply-retention": {
        "task": "moderation.apply_retention",
        "schedule": env.float("HEED_RETENTION_EVERY_SECONDS", default=3600.0),
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Password guessing (django-axes): AXES_FAILURE_LIMIT wrong passwords lock that username (from every address)
# and that client address (for every username) for the cool-off, the Django admin's login included.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "moderation.roles.RolesBackend"]
AXES_FAILURE_LIMIT = env.int("HEED_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("HEED_LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username"], ["ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "config.client_ip.client_ip"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "queues"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed names in production; plain names where files are served from the source tree.
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env.bool("HEED_STATIC_MANIFEST", default=not DEBUG)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_MANIFEST_STRICT = False

# Bodies of a 1,000-report batch at 10,000 characters each can reach ~12 MB.
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("MAX_BODY_BYTES", default=16 * 1024 * 1024)

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

HEED_SCORE_SWEEP_AFTER_SECONDS = env.int("HEED_SCORE_SWEEP_AFTER_SECONDS", default=10)
# Webhooks (moderation/delivery/outbox.py): wait base × 2^(attempt-1) s after each failure, at most an hour,
# then give up.
HEED_WEBHOOK_BACKOFF_SECONDS = env.int("HEED_WEBHOOK_BACKOFF_SECONDS", default=30)
HEED_WEBHOOK_MAX_ATTEMPTS = env.int("HEED_WEBHOOK_MAX_ATTEMPTS", default=12)
# Webhooks and channel alerts go to public addresses only (config/network.py); on for development and tests,
# whose receivers listen on 127.0.0.1. Never in production: it lets a target URL reach Heed's own network.
HEED_ALLOW_PRIVATE_TARGETS = env.bool("HEED_ALLOW_PRIVATE_TARGETS", default=False)
# Signs deliveries that belong to no API client; those of a client are signed with its own secret.
HEED_WEBHOOK_SECRET = env.str("HEED_WEBHOOK_SECRET", default="")
# E-mail for notification channels, as one URL (django-environ): smtp+tls://user:password@smtp.example.com:587,
# smtp://host:25, consolemail:// (print), memorymail:// (discard). DEBUG prints mail unless told otherwise.
vars().update(env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25"))
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)  # below the deliver task's time limit
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Heed <heed@localhost>")
# The on-call channel `setup_heed` creates if it does not exist yet (docs/notifications.md): a webhook if
# HEED_ONCALL_WEBHOOK_URL is set (signed with HEED_ONCALL_WEBHOOK_SECRET, or a generated secret), else e-mail.
HEED_ONCALL_EMAIL = env.str("HEED_ONCALL_EMAIL", default="oncall@localhost")
HEED_ONCALL_WEBHOOK_URL = env.str("HEED_ONCALL_WEBHOOK_URL", default="")
HEED_ONCALL_WEBHOOK_SECRET = env.str("HEED_ONCALL_WEBHOOK_SECRET", default="")
# The public report form, per client IP (django-ratelimit, counted in the Redis cache): every rate applies.
HEED_REPORT_FORM_RATES = env.list("HEED_REPORT_FORM_RATES", default=["5/m", "30/h"])
# Behind a proxy REMOTE_ADDR is the proxy's: name the META key holding the client IP (e.g. HTTP_X_REAL_IP).
RATELIMIT_IP_META_KEY = env.str("RATELIMIT_IP_META_KEY", default="") or None

# /metrics/prometheus answers only `Authorization: Bearer <this>`; empty (the default) refuses everyone.
# /metrics/ periods served from a snapshot refreshed every minute by beat (moderation/metrics/snapshots.py),
# and how long a snapshot may serve before it is computed afresh.
HEED_METRICS_SNAPSHOT_PERIODS = env.list("HEED_METRICS_SNAPSHOT_PERIODS", default=["30d"])
HEED_METRICS_SNAPSHOT_SECONDS = env.int("HEED_METRICS_SNAPSHOT_SECONDS", default=120)
HEED_METRICS_TOKEN = env.str("HEED_METRICS_TOKEN", default="")

# One JSON object a line with request and case ids (config/logging.py); "text" for reading in a terminal.
LOG_FORMAT = env.str("LOG_FORMAT", default="text" if DEBUG else "json")
if LOG_FORMAT not in ("json", "text"):
    raise ValueError(f"LOG_FORMAT must be json or text, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "config.logging.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
