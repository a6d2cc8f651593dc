from django.urls import path

from moderation.metrics import views
from moderation.metrics.prometheus import prometheus_metrics

urlpatterns = [
    path("metrics/", views.dashboard, name="metrics"),
    path("metrics/prometheus", prometheus_metrics, name="metrics-prometheus"),
]
