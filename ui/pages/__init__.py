"""The workstation's pages, one module each; the main window only composes them."""
