"""The public names of mx.np, mx.npx, mx.np.multiarray and mx.base are MXNet's own, without distnet's helpers."""
import mxnet as mx

for module in (mx.np, mx.npx):
    names = [n for n in dir(module) if not n.startswith("_")]
    print(module.__name__.replace("distnet", "mxnet"), len(names))
    for start in range(0, len(names), 12):
        print("  ", " ".join(names[start:start + 12]))
print("mxnet.numpy.multiarray", [n for n in dir(mx.np.multiarray) if n.startswith("neg")])
print("mxnet.base", [n for n in dir(mx.base) if n.startswith("neg")])
