"""mx.np.random: long gamma/beta draws (rejection rounds), choice without replacement, multinomial batches."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
mx.random.seed(5)
print(repr(np.random.gamma(0.7, size=1000)[-3:]), repr(np.random.gamma(3.0, 2.0, size=(500,))[:3]))
print(repr(np.random.beta(0.5, 2.0, size=300)[-2:]), repr(np.random.uniform(size=2)))
mx.random.seed(6)
print(repr(np.random.choice(np.array([1., 2., 3., 4.]), 3, replace=False, p=np.array([0.1, 0.2, 0.3, 0.4]))))
print(repr(np.random.choice(1000, 5, replace=False)), repr(np.random.choice(7, 6, replace=False)))
print(repr(np.random.multinomial(10, [0.1, 0.2, 0.7], size=(2, 2))))
