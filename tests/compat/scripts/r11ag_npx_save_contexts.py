"""npx.save writes each mx.np array's context into its record, byte for byte as MXNet."""
import hashlib
import os
import tempfile

import mxnet as mx

mx.npx.set_np()
folder = tempfile.mkdtemp()
path = os.path.join(folder, "arrays.npx")
for data in [mx.np.ones((2,), ctx=mx.cpu(1)),
             {"a": mx.np.ones((2,), ctx=mx.cpu(2)), "b": mx.np.zeros((1,))},
             [mx.np.array(3.0, ctx=mx.cpu_pinned(0)), mx.np.zeros((0, 2))]]:
    mx.npx.save(path, data)
    with open(path, "rb") as f:
        print(hashlib.md5(f.read()).hexdigest())
    loaded = mx.npx.load(path)
    print(sorted((k, v.ctx, v.shape) for k, v in loaded.items()) if isinstance(loaded, dict)
          else [(v.ctx, v.shape) for v in loaded])
os.remove(path)
os.rmdir(folder)
