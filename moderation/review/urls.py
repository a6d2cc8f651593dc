from django.urls import path

from moderation.review import views

urlpatterns = [
    path("queues/", views.queues, name="queues"),
    path("queues/<slug:slug>/", views.queue, name="queue"),
    path("queues/<slug:slug>/next", views.claim_next, name="claim-next"),
    path("cases/<int:case_id>/", views.case_detail, name="case"),
    path("cases/<int:case_id>/reports", views.case_reports, name="case-reports"),
    path("cases/<int:case_id>/claim", views.claim, name="case-claim"),
    path("cases/<int:case_id>/keep-alive", views.keep_alive, name="case-keep-alive"),
    path("cases/<int:case_id>/release", views.release, name="case-release"),
    path("cases/<int:case_id>/reassign", views.reassign, name="case-reassign"),
    path("cases/<int:case_id>/reveal", views.reveal, name="case-reveal"),
    path("cases/<int:case_id>/notes", views.add_note, name="case-note"),
    path("cases/<int:case_id>/decide", views.decide, name="case-decide"),
    path("cases/<int:case_id>/evidence", views.evidence, name="case-evidence"),
    path("cases/bulk-decide", views.bulk_decide, name="cases-bulk-decide"),
    path("preferences/", views.preferences, name="preferences"),
    path("preferences/blur", views.toggle_blur, name="toggle-blur"),
]
