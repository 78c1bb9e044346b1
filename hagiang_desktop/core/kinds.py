"""The closed vocabularies of the domain: kinds of nominee, kinds of unit, statuses, channels.

Values are stable English codes stored in the database and data files; the UI and exports map
them to Vietnamese (or English) labels.
"""

from __future__ import annotations

from enum import StrEnum


class NomineeKind(StrEnum):
    """Who a model is: a collective, an individual or a household (plan III)."""

    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"
    HOUSEHOLD = "household"


class UnitKind(StrEnum):
    """Kinds of node in a unit directory. No code may assume a fixed depth of these.

    Listed in the order a clerk reads them (the directory's dialogs offer them so): the levels of
    government and what lies under a commune, then the bodies, then the units under a body.
    """

    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    #: Thôn, bản, tổ dân phố: under a commune, its head signs ("Trưởng thôn"), it registers
    #: through its commune (#17).
    VILLAGE = "village"
    OFFICE = "office"
    DEPARTMENT = "department"
    MASS_ORG = "mass_org"
    ASSOCIATION = "association"
    ENTERPRISE = "enterprise"
    #: Hợp tác xã: signed by its director, registers with the body above it (#17).
    COOPERATIVE = "cooperative"
    PUBLIC_UNIT = "public_unit"
    #: Trường học: under its education office, district or department; signed by its head (#17).
    SCHOOL = "school"


class NominationStatus(StrEnum):
    """Where a nomination stands in the workflow (issue #4)."""

    DRAFT = "draft"
    REGISTERED = "registered"
    SELECTED = "selected"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    #: Edited after it was sent (#17): the province holds the earlier version until the next
    #: supplement bundle carries this one.
    CHANGED = "changed"
    WITHDRAWN = "withdrawn"  # at the province: a later full bundle of its sender left it out


class Channel(StrEnum):
    """How a registration or a unit's submission reached the office."""

    PAPER = "paper"
    EXCEL_TEMPLATE = "excel_template"
    BUNDLE = "bundle"
    EMAIL = "email"
    TYPED = "typed"


class Rating(StrEnum):
    """How a model stood at a follow-up assessment (stored codes; the UI translates them)."""

    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    WEAK = "weak"


class ActivityKind(StrEnum):
    """Kinds of replication activity the plan names (II.5–7 and roadmap III.2)."""

    STUDY_VISIT = "study_visit"
    EXPERIENCE_TALK = "experience_talk"
    MEDIA = "media"  # e.g. the "Người tốt – việc tốt" pages of the provincial paper
    OTHER = "other"
