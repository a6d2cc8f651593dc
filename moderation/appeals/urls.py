from django.urls import path

from moderation.appeals import views

urlpatterns = [
    path("appeals/", views.appeal_list, name="appeals"),
    path("appeals/<int:appeal_id>/", views.appeal_detail, name="appeal"),
    path("appeals/<int:appeal_id>/claim", views.appeal_claim, name="appeal-claim"),
    path("appeals/<int:appeal_id>/decide", views.appeal_decide, name="appeal-decide"),
    path("a/<str:token>/", views.appeal_status, name="appeal-status"),
    path("n/<str:token>/", views.author_notice, name="author-notice"),
]
