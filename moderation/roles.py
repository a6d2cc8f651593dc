"""The checks views use: the roles (named in the vocabulary) are Django groups a user holds."""

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group, User
from django.contrib.postgres.expressions import ArraySubquery
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef
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
        names = getattr(user, "group_names", None)  # read with the user (RolesBackend)
        if names is None:
            names = user.groups.values_list("name", flat=True)
        user._heed_roles = set(names) & set(ALL_ROLES)
    return user._heed_roles  # type: ignore[no-any-return]


class RolesBackend(ModelBackend):
    """Django's model backend, loading a signed-in user's roles with the user: every page checks them,
    and the user is read from the database at every request anyway, so a role taken away is gone at the next."""

    def get_user(self, user_id: Any) -> Any:
        user = (
            User._default_manager.annotate(
                group_names=ArraySubquery(Group.objects.filter(user=OuterRef("pk")).values("name"))
            )
            .filter(pk=user_id)
            .first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None


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
