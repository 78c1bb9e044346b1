"""The deadline dashboard's panes, one concern each; :mod:`..deadline_dashboard` assembles them.

- :mod:`.common`: the colours beside the texts, the compact table every pane uses, Qt dates;
- :mod:`.texts`: the wording the panes share (days left, a deadline, a quota, an own plan);
- :mod:`.units_pane`: the unit table and its filters (what to show, kind, bloc, search);
- :mod:`.deadlines_pane`: the plan's deadlines, the follow-up stages, the follow-up per unit;
- :mod:`.coverage_pane`: registrations by field and kind, beside :mod:`.upward_box`;
- :mod:`.upward_box`: the office's own steps towards the province (list, forms, bundle, plan);
- :mod:`.call_pane`: the "who to call" list.

The charts (:mod:`hagiang_desktop.ui.widgets.dashboard_charts`) and the receipts register
(:mod:`hagiang_desktop.ui.widgets.receipts_register`) are widgets of their own.
"""
