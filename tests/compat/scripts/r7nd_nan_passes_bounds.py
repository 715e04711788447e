# A NaN attribute passes MXNet's [lo, hi] bound checks (value < lo || value > hi): Dropout(p=nan) drops nothing,
# ftml_update and FTML take NaN betas, ROIPooling a NaN spatial_scale
import mxnet as mx
nd = mx.nd
nan = float('nan')
x = nd.array([[1., -2.], [3., 4.]])
def show(name, f):
    try: print(name, f().asnumpy().tolist())
    except mx.base.MXNetError as e: print(name, 'EXC', type(e).__name__)
show('dropout infer', lambda: nd.Dropout(x, p=nan))
with mx.autograd.train_mode():
    show('dropout train', lambda: nd.Dropout(x, p=nan))
    show('dropout train always', lambda: nd.Dropout(x, p=nan, mode='always'))
show('ftml beta1', lambda: nd.ftml_update(x.copy(), x, nd.zeros((2, 2)), nd.zeros((2, 2)), nd.zeros((2, 2)), lr=0.1,
                                          t=1, beta1=nan))
show('ftml beta2', lambda: nd.ftml_update(x.copy(), x, nd.zeros((2, 2)), nd.zeros((2, 2)), nd.zeros((2, 2)), lr=0.1,
                                          t=1, beta2=nan))
d = nd.arange(32).reshape((1, 2, 4, 4))
show('roipool', lambda: nd.ROIPooling(d, nd.array([[0, 0, 0, 3, 3]]), pooled_size=(2, 2), spatial_scale=nan))
show('roipool 1', lambda: nd.ROIPooling(d, nd.array([[0, 0, 0, 3, 3]]), pooled_size=(2, 2), spatial_scale=1))
opt = mx.optimizer.FTML(beta1=nan, learning_rate=0.1)
w = x.copy(); opt.update(0, w, x, opt.create_state(0, w)); print('FTML opt', w.asnumpy().tolist())
