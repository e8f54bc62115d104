"""The web chat page: a static page that talks to Rasa's REST webhook, and its small server."""
