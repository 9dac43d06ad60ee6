import sys

from sbcoder.cli import main

sys.exit(main())
