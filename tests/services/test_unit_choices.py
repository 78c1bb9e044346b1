"""The units a picker offers (#11): the same units in the same order as the directory's list."""

from hagiang_desktop.core.vntext import fold
from hagiang_desktop.services import units
from hagiang_desktop.services.scope import office_scope


def test_choices_are_the_directory_list_in_its_order(demo_workspace):
    listed = units.list_units(demo_workspace)
    choices = units.unit_choices(demo_workspace)
    assert [(c.id, c.code, c.name) for c in choices] == [(u.id, u.code, u.name) for u in listed]
    assert all(c.name_fold == fold(c.name) for c in choices)


def test_choices_keep_only_the_scope(demo_workspace):
    scope = office_scope(demo_workspace)
    assert scope.unit_ids is not None
    choices = units.unit_choices(demo_workspace, scope.unit_ids)
    assert {c.id for c in choices} == set(scope.unit_ids)
    assert [c.code for c in choices] == [
        u.code for u in units.list_units(demo_workspace) if u.id in scope.unit_ids
    ]
