"""mx.np.random samplers given integer, bool or mixed-type parameter arrays: a number beside an integer array takes
the array's type (2.5 becomes 2), integer parameters give float32 samples with the noise kept, bool arrays and
arrays of two types are refused (MXNetError), gamma refuses integer parameters and integer dtypes."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
ints = np.array([[3, -4, 1], [6, 0, 4]], dtype='int32')
uint8s = np.array([[3, 4, 1], [6, 0, 4]], dtype='uint8')
floats = np.array([[1.5, -2.0, 0.5], [3.0, -0.25, 2.0]])


def sample(name, draw):
    """The samples (float32 values, then their dtype) drawn after seeding, or the exception class."""
    mx.random.seed(1)
    try:
        r = draw()
        print(name, r.dtype, r.reshape(-1).tolist())
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)


sample("exponential uint8", lambda: np.random.exponential(uint8s))
sample("rayleigh uint8", lambda: np.random.rayleigh(uint8s))
sample("gumbel int int", lambda: np.random.gumbel(ints, ints + 7))
sample("gumbel int 2.5", lambda: np.random.gumbel(ints, 2.5))
sample("gumbel int -0.5", lambda: np.random.gumbel(ints, -0.5))
sample("gumbel float int", lambda: np.random.gumbel(floats, ints + 7))
sample("logistic int int", lambda: np.random.logistic(ints, ints + 7))
sample("logistic int 2.5", lambda: np.random.logistic(ints, 2.5))
sample("normal int 2.5", lambda: np.random.normal(ints, 2.5))
sample("normal int int", lambda: np.random.normal(ints, ints + 7))
sample("normal int 2.5 out", lambda: np.random.normal(ints, 2.5, out=np.zeros((2, 3))))
sample("lognormal int 2.5", lambda: np.random.lognormal(ints, 2.5))
sample("uniform int 2.5", lambda: np.random.uniform(ints, 2.5))
sample("uniform 2.5 int", lambda: np.random.uniform(2.5, ints))
sample("uniform int 2.5 float64", lambda: np.random.uniform(ints, 2.5, dtype='float64'))
sample("uniform int int", lambda: np.random.uniform(ints, ints + 7))
sample("uniform float64 int64", lambda: np.random.uniform(floats.astype('float64'), ints.astype('int64')))
sample("uniform bool", lambda: np.random.uniform(ints > 0))
sample("exponential bool", lambda: np.random.exponential(ints > 0))
sample("normal bool bool", lambda: np.random.normal(ints > 0, ints > 0))
sample("gamma int", lambda: np.random.gamma(ints))
sample("gamma float int", lambda: np.random.gamma(floats + 3, ints + 7))
sample("gamma int dtype", lambda: np.random.gamma(2.0, dtype='int32'))
sample("chisquare int dtype", lambda: np.random.chisquare(3, dtype='int32'))
