from django.urls import path
from django.views.generic import RedirectView

from moderation.team import views

urlpatterns = [
    path("admin-settings/", RedirectView.as_view(pattern_name="settings-queues"), name="settings"),
    path("admin-settings/queues/", views.queues, name="settings-queues"),
    path("admin-settings/queues/new", views.queue_create, name="settings-queue-create"),
    path("admin-settings/queues/<int:queue_id>/", views.queue_edit, name="settings-queue"),
    path("admin-settings/reason-codes/", views.reason_codes, name="settings-reason-codes"),
    path("admin-settings/reason-codes/new", views.reason_code_create, name="settings-reason-code-create"),
    path("admin-settings/reason-codes/<int:code_id>/", views.reason_code_edit, name="settings-reason-code"),
    path(
        "admin-settings/reason-codes/<int:code_id>/active",
        views.reason_code_set_active,
        name="settings-reason-code-active",
    ),
    path("admin-settings/channels/", views.channels, name="settings-channels"),
    path("admin-settings/channels/new", views.channel_create, name="settings-channel-create"),
    path("admin-settings/channels/<int:channel_id>/", views.channel_edit, name="settings-channel"),
    path(
        "admin-settings/channels/<int:channel_id>/enabled", views.channel_set_enabled, name="settings-channel-enabled"
    ),
    path("admin-settings/channels/<int:channel_id>/test", views.channel_test, name="settings-channel-test"),
    path("admin-settings/retention/", views.retention, name="settings-retention"),
    path("admin-settings/languages/", views.languages, name="settings-languages"),
    path(
        "admin-settings/moderators/<int:user_id>/languages",
        views.moderator_languages,
        name="settings-moderator-languages",
    ),
]
