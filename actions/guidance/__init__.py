"""The guidance engine: case facts in, assessment out. Pure Python, no Rasa import."""
