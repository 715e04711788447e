"""`python -m distnet.server`: run the scheduler or a server, as DMLC_ROLE says."""
import sys

from . import run_role

sys.exit(run_role())
