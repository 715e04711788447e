"""mx.np, mx.npx and their random and linalg modules offer exactly MXNet's public names (no helper a module imports for itself)."""
# recorded on AMD AVX2
import mxnet as mx

for name, mod in [('np', mx.np), ('npx', mx.npx), ('np.random', mx.np.random), ('np.linalg', mx.np.linalg),
                  ('npx.random', mx.npx.random), ('npx.image', mx.npx.image)]:
    print(name, sorted(n for n in dir(mod) if not n.startswith('_')))
