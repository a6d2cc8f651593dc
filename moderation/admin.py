from django.contrib import admin

from moderation.models import ScorerModel, TeamSettings


@admin.register(TeamSettings)
class TeamSettingsAdmin(admin.ModelAdmin):
    list_display = ("claim_minutes", "shift_hours", "exposure_limit", "priority_weights")


@admin.register(ScorerModel)
class ScorerModelAdmin(admin.ModelAdmin):
    list_display = ("version", "created_at", "trained_on", "active")
    readonly_fields = ("version", "created_at", "trained_on", "metrics", "active")
    exclude = ("blob",)
