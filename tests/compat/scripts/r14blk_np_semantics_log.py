"""npx.set_np() logs each semantics' first activation once per process, in MXNet's words and order."""
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(levelname)s:%(message)s")
import mxnet as mx  # noqa: E402

print("-- set_np")
mx.npx.set_np()
mx.npx.reset_np()
print("-- again")
mx.npx.set_np()
mx.npx.reset_np()
print("-- shape alone")
with mx.util.np_shape(True):
    pass
print("-- done")
