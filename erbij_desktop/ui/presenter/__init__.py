"""The beamer: presenter window, its stage picture, and starting it on the chosen screen."""
