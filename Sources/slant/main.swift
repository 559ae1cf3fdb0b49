import SlantCLI

Slant.main()
