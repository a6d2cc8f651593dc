from django.urls import path

from moderation.delivery import views

urlpatterns = [
    path("deliveries/", views.deliveries, name="deliveries"),
    path("deliveries/<int:delivery_id>/retry", views.retry_delivery, name="delivery-retry"),
]
