"""The Verslag tab: curating contributions, texts and photos for the report, next to its preview."""
