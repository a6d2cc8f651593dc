from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

from config.health import healthz
from moderation import rule_views
from moderation.appeals.api import router as appeals_router
from moderation.review import views as review_views
from reports import views as report_views
from reports.api import api

api.add_router("/appeals", appeals_router)
handler403 = review_views.forbidden

handler500 = "config.errors.server_error"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="queues"), name="home"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("moderation.review.urls")),
    path("report/", report_views.report_form, name="report-form"),
    path("report/sent/<str:token>/", report_views.report_sent, name="report-sent"),
    path("rules/", rule_views.rules, name="rules"),
    path("rules/new", rule_views.new, name="rule-new"),
    path("rules/validate", rule_views.validate, name="rule-validate"),
    path("rules/test", rule_views.try_rules, name="rules-test"),
    path("rules/export.yaml", rule_views.export, name="rules-export"),
    path("rules/<int:rule_id>/edit", rule_views.edit, name="rule-edit"),
    path("rules/<int:rule_id>/enabled", rule_views.set_enabled, name="rule-enabled"),
    path("rules/<int:rule_id>/move", rule_views.move, name="rule-move"),
    path("rules/<int:rule_id>/delete", rule_views.delete, name="rule-delete"),
    path("rules/<int:rule_id>/versions", rule_views.versions, name="rule-versions"),
    path("rules/versions/<int:version_id>/restore", rule_views.restore, name="rule-restore"),
    path("rules/backtest", rule_views.backtest_new, name="backtest-new"),
    path("rules/backtest/<int:run_id>", rule_views.backtest_run, name="backtest"),
    path("", include("moderation.delivery.urls")),
    path("", include("moderation.team.urls")),
    path("", include("moderation.appeals.urls")),
    path("", include("moderation.metrics.urls")),
    path("r/<str:token>/", report_views.report_status, name="report-status"),
    path("api/v1/", api.urls),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
