"""Under NumPy array semantics a row_sparse parameter or gradient is refused by mx.np.zeros with MXNet's message
alone (Embedding with sparse_grad, a Parameter with grad_stype or stype row_sparse)."""
import mxnet as mx
from mxnet import gluon


def show(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, 'ValueError', str(e))


mx.npx.set_np()
show('Embedding sparse_grad', lambda: gluon.nn.Embedding(5, 2, sparse_grad=True).initialize())
show('Parameter grad_stype', lambda: gluon.Parameter('w', shape=(2, 2), grad_stype='row_sparse').initialize())
show('Parameter stype', lambda: gluon.Parameter('v', shape=(2, 2), stype='row_sparse').initialize())
show('dense Parameter', lambda: gluon.Parameter('d', shape=(2, 2)).initialize())
