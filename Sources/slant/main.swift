import SlantCLI

Slant.start()
