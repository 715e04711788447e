# A sampler's kernel refusing a parameter outside its domain prints its own source line (ValueError, on reading).
# recorded on AVX2
import mxnet as mx
from mxnet import np
cases = [("normal n", lambda: np.random.normal(0, -1.0)), ("normal a", lambda: np.random.normal(0, np.array([-1.0]))),
 ("exponential n", lambda: np.random.exponential(-1.0)), ("exponential a", lambda: np.random.exponential(np.array([-1.0]))),
 ("rayleigh n", lambda: np.random.rayleigh(-1.0)), ("rayleigh a", lambda: np.random.rayleigh(np.array([-1.0]))),
 ("weibull n", lambda: np.random.weibull(-1.0)), ("weibull a", lambda: np.random.weibull(np.array([-1.0]))),
 ("pareto n", lambda: np.random.pareto(-1.0)), ("pareto a", lambda: np.random.pareto(np.array([-1.0]))),
 ("power n", lambda: np.random.power(-1.0)), ("power a", lambda: np.random.power(np.array([-1.0]))),
 ("gumbel n", lambda: np.random.gumbel(0, -1.0)), ("gumbel a", lambda: np.random.gumbel(0, np.array([-1.0]))),
 ("logistic n", lambda: np.random.logistic(0, -1.0)), ("logistic a", lambda: np.random.logistic(0, np.array([-1.0]))),
 ("gamma shape n", lambda: np.random.gamma(-1.0)), ("gamma scale n", lambda: np.random.gamma(1.0, -1.0)),
 ("gamma a", lambda: np.random.gamma(np.array([-1.0]))), ("gamma aa", lambda: np.random.gamma(np.array([-1.0]), np.array([1.0])))]
for label, f in cases:
    try:
        f().asnumpy(); print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
