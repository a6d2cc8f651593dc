from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

from config.health import healthz
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
    path("rules/", include("moderation.rules.urls")),
    path("", include("moderation.delivery.urls")),
    path("", include("moderation.team.urls")),
    path("", include("moderation.appeals.urls")),
    path("", include("moderation.metrics.urls")),
    path("r/<str:token>/", report_views.report_status, name="report-status"),
    path("api/v1/", api.urls),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
