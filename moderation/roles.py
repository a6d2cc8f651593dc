"""The checks views use: the roles (named in the vocabulary) are Django groups a user holds."""

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django_htmx.middleware import HtmxDetails

from moderation.vocabulary import ADMIN, ALL_ROLES, SENIOR_ROLES


class AuthedRequest(HttpRequest):
    """The request a view behind a role check gets: a logged-in user, and django-htmx's view of it."""

    user: User  # type: ignore[assignment]  # the role check let only a logged-in User through
    htmx: HtmxDetails


def roles_of(user: Any) -> set[str]:
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return set(ALL_ROLES)
    if not hasattr(user, "_heed_roles"):
        user._heed_roles = set(user.groups.values_list("name", flat=True)) & set(ALL_ROLES)
    return user._heed_roles  # type: ignore[no-any-return]


def has_role(user: Any, *roles: str) -> bool:
    return bool(roles_of(user) & set(roles))


def needs_roles(roles: Iterable[str]) -> str:
    """Why a user was refused, for the 403 page: the roles that would have let them in."""
    wanted = set(roles)
    named = [role for role in ALL_ROLES if role in wanted]
    return f"This page needs the role {' or '.join(named)}."


def role_required(*roles: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Login first; then 403 unless the user holds one of `roles`."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not has_role(request.user, *roles):
                raise PermissionDenied(needs_roles(roles))
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


moderator_required = role_required(*ALL_ROLES)
senior_required = role_required(*SENIOR_ROLES)
admin_required = role_required(ADMIN)
