"""The public names of mx.np, mx.npx and mx.np.multiarray are MXNet's own: no helper distnet's modules import for themselves."""
import mxnet as mx

for module in (mx.np, mx.npx):
    names = [n for n in dir(module) if not n.startswith("_")]
    print(module.__name__.replace("distnet", "mxnet"), len(names))
    for start in range(0, len(names), 12):
        print("  ", " ".join(names[start:start + 12]))
print("mxnet.numpy.multiarray", [n for n in dir(mx.np.multiarray) if n.startswith("neg")])
