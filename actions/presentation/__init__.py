"""How a message is laid out for any channel, from the contract's payloads (pure, no Rasa)."""
