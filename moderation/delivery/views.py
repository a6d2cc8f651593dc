"""The admins' view of the outbox: webhooks still trying or given up, and a button to try again."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from moderation.delivery import outbox
from moderation.models import Delivery
from moderation.roles import admin_required

SHOWN = 200


@admin_required
def deliveries(request: HttpRequest) -> HttpResponse:
    undelivered = Delivery.objects.exclude(state=Delivery.State.DELIVERED).order_by("-created_at", "-pk")
    return render(
        request,
        "moderation/deliveries.html",
        {"deliveries": undelivered[:SHOWN], "shown": SHOWN, "now": timezone.now()},
    )


@require_POST
@admin_required
def retry_delivery(request: HttpRequest, delivery_id: int) -> HttpResponse:
    delivery = get_object_or_404(Delivery, pk=delivery_id)
    if outbox.retry(delivery.pk):
        messages.success(request, f"Delivery {delivery.pk} will be sent again now.")
    else:
        messages.info(request, f"Delivery {delivery.pk} has not failed; nothing to retry.")
    return redirect("deliveries")
