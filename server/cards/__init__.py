"""Channel renderers for the contract's custom payloads (docs/CHANNELS.md).

``layout`` decides what a message shows; ``adaptive`` draws it for Microsoft Teams
(Adaptive Cards 1.5), ``blockkit`` for Slack (Block Kit). Pure functions.
"""
