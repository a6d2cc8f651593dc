"""Restrict the senior and appeals queues to Senior moderator and Admin on existing installs.

Only a queue with no roles set is changed: an admin who chose roles for it keeps them. "No roles"
used to mean "every role", so an admin who left these queues open on purpose must open them again
(admin settings → queues).
"""

from django.db import migrations

QUEUES = ("senior", "appeals")
ROLES = ("Senior moderator", "Admin")


def restrict(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Queue = apps.get_model("moderation", "Queue")
    roles = [Group.objects.get_or_create(name=name)[0] for name in ROLES]
    for queue in Queue.objects.filter(slug__in=QUEUES, allowed_roles__isnull=True):
        queue.allowed_roles.add(*roles)


class Migration(migrations.Migration):
    dependencies = [("moderation", "0006_metrics_facts")]

    # Going back leaves the roles: an admin may have chosen them since.
    operations = [migrations.RunPython(restrict, migrations.RunPython.noop)]
