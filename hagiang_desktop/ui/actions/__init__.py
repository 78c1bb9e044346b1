"""Menu actions that plug into the main window, one module per feature (``install(window)``)."""
