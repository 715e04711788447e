"""`python -m distnet.launcher`: the same as `distnet-launch`."""
import sys

from .cli import main

sys.exit(main())
