from django.urls import path

from moderation.rules import views

urlpatterns = [
    path("", views.rules, name="rules"),
    path("new", views.new, name="rule-new"),
    path("build", views.build_new, name="rule-build-new"),
    path("<int:rule_id>/build", views.build, name="rule-build"),
    path("validate", views.validate, name="rule-validate"),
    path("test", views.try_rules, name="rules-test"),
    path("export.yaml", views.export, name="rules-export"),
    path("<int:rule_id>/edit", views.edit, name="rule-edit"),
    path("<int:rule_id>/enabled", views.set_enabled, name="rule-enabled"),
    path("<int:rule_id>/move", views.move, name="rule-move"),
    path("<int:rule_id>/delete", views.delete, name="rule-delete"),
    path("<int:rule_id>/versions", views.versions, name="rule-versions"),
    path("versions/<int:version_id>/restore", views.restore, name="rule-restore"),
    path("backtest", views.backtest_new, name="backtest-new"),
    path("backtest/<int:run_id>", views.backtest_run, name="backtest"),
]
