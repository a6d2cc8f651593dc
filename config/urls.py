from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

from config.health import healthz
from moderation import admin_views, appeal_views, metrics_views, outbox_views
from moderation import views as moderation_views
from moderation.appeals_api import router as appeals_router
from moderation.prometheus import prometheus_metrics
from reports import views as report_views
from reports.api import api

api.add_router("/appeals", appeals_router)
handler403 = moderation_views.forbidden

handler500 = "config.errors.server_error"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="queues"), name="home"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("queues/", moderation_views.queues, name="queues"),
    path("queues/<slug:slug>/", moderation_views.queue, name="queue"),
    path("queues/<slug:slug>/next", moderation_views.claim_next, name="claim-next"),
    path("cases/<int:case_id>/", moderation_views.case_detail, name="case"),
    path("cases/<int:case_id>/claim", moderation_views.claim, name="case-claim"),
    path("cases/<int:case_id>/keep-alive", moderation_views.keep_alive, name="case-keep-alive"),
    path("cases/<int:case_id>/release", moderation_views.release, name="case-release"),
    path("cases/<int:case_id>/reassign", moderation_views.reassign, name="case-reassign"),
    path("cases/<int:case_id>/reveal", moderation_views.reveal, name="case-reveal"),
    path("cases/<int:case_id>/notes", moderation_views.add_note, name="case-note"),
    path("cases/<int:case_id>/decide", moderation_views.decide, name="case-decide"),
    path("cases/<int:case_id>/evidence", moderation_views.evidence, name="case-evidence"),
    path("cases/bulk-decide", moderation_views.bulk_decide, name="cases-bulk-decide"),
    path("preferences/blur", moderation_views.toggle_blur, name="toggle-blur"),
    path("report/", report_views.report_form, name="report-form"),
    path("report/sent/<str:token>/", report_views.report_sent, name="report-sent"),
    path("deliveries/", outbox_views.deliveries, name="deliveries"),
    path("deliveries/<int:delivery_id>/retry", outbox_views.retry_delivery, name="delivery-retry"),
    path("rules/", include("moderation.rules.urls")),
    path("admin-settings/", RedirectView.as_view(pattern_name="settings-queues"), name="settings"),
    path("admin-settings/queues/", admin_views.queues, name="settings-queues"),
    path("admin-settings/queues/new", admin_views.queue_create, name="settings-queue-create"),
    path("admin-settings/queues/<int:queue_id>/", admin_views.queue_edit, name="settings-queue"),
    path("admin-settings/reason-codes/", admin_views.reason_codes, name="settings-reason-codes"),
    path("admin-settings/reason-codes/new", admin_views.reason_code_create, name="settings-reason-code-create"),
    path("admin-settings/reason-codes/<int:code_id>/", admin_views.reason_code_edit, name="settings-reason-code"),
    path(
        "admin-settings/reason-codes/<int:code_id>/active",
        admin_views.reason_code_set_active,
        name="settings-reason-code-active",
    ),
    path("admin-settings/channels/", admin_views.channels, name="settings-channels"),
    path("admin-settings/channels/new", admin_views.channel_create, name="settings-channel-create"),
    path("admin-settings/channels/<int:channel_id>/", admin_views.channel_edit, name="settings-channel"),
    path(
        "admin-settings/channels/<int:channel_id>/enabled",
        admin_views.channel_set_enabled,
        name="settings-channel-enabled",
    ),
    path("admin-settings/channels/<int:channel_id>/test", admin_views.channel_test, name="settings-channel-test"),
    path("r/<str:token>/", report_views.report_status, name="report-status"),
    path("appeals/", appeal_views.appeal_list, name="appeals"),
    path("appeals/<int:appeal_id>/", appeal_views.appeal_detail, name="appeal"),
    path("appeals/<int:appeal_id>/claim", appeal_views.appeal_claim, name="appeal-claim"),
    path("appeals/<int:appeal_id>/decide", appeal_views.appeal_decide, name="appeal-decide"),
    path("a/<str:token>/", appeal_views.appeal_status, name="appeal-status"),
    path("n/<str:token>/", appeal_views.author_notice, name="author-notice"),
    path("metrics/", metrics_views.dashboard, name="metrics"),
    path("metrics/prometheus", prometheus_metrics, name="metrics-prometheus"),
    path("api/v1/", api.urls),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
