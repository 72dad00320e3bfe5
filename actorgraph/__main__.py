from actorgraph.cli import main

main()
