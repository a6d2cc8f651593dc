from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.generic import RedirectView

from config.health import healthz
from moderation import views as moderation_views
from reports import views as report_views
from reports.api import api

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="queues"), name="home"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("queues/", moderation_views.queues, name="queues"),
    path("queues/<slug:slug>/", moderation_views.queue, name="queue"),
    path("cases/<int:case_id>/", moderation_views.case_detail, name="case"),
    path("r/<str:token>/", report_views.report_status, name="report-status"),
    path("api/v1/", api.urls),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
