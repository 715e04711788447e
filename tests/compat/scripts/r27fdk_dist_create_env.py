# A dist kvstore created outside a job (no DMLC_* variables): ps-lite's first check, printed with its source line.
# (MXNet's process cannot start ps-lite twice: one store per run.)
# recorded on AVX2
import os

for name in [n for n in os.environ if n.startswith("DMLC_")]:
    del os.environ[name]

import mxnet as mx

try:
    mx.kv.create("dist_sync")
    print("created")
except mx.base.MXNetError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(str(e))
    print(repr(e.args[0][-20:]))
