"""linalg operators and batch_dot on int32/float16 data backpropagated from their own output: a backward that reads no output fails in its own kernel at its own line (the forward's error stays for waitall); one reading the failed output hands the forward's error on."""
from mxnet import nd, autograd


def show(tag, f):
    try:
        print(tag, 'OK', f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


A = [[2, 1], [1, 3]]
ops = {'gemm': lambda x: nd.linalg.gemm(x, x, x), 'gemm2': lambda x: nd.linalg.gemm2(x, x, transpose_b=True),
       'potrf': lambda x: nd.linalg.potrf(x), 'trmm': lambda x: nd.linalg.trmm(x, x),
       'trsm': lambda x: nd.linalg.trsm(x, x),
       'syrk': lambda x: nd.linalg.syrk(x),
       'sumlogdiag': lambda x: nd.linalg.sumlogdiag(x),
       'potri': lambda x: nd.linalg.potri(x),
       'inverse': lambda x: nd.linalg.inverse(x),
       'det': lambda x: nd.linalg.det(x),
       'extractdiag': lambda x: nd.linalg.extractdiag(x),
       'batch_dot_t': lambda x: nd.batch_dot(x.reshape((1, 2, 2)), x.reshape((1, 2, 2)), transpose_a=True)}
for dt in ['int32', 'float16']:
    for name, f in ops.items():
        x = nd.array(A, dtype=dt)
        x.attach_grad()

        def bw():
            with autograd.record():
                y = f(x)
            y.backward()

        show((dt, name, 'bwd'), bw)
        show((dt, name, 'g'), lambda: x.grad.asnumpy().ravel().tolist())
        show((dt, name, 'wait'), lambda: nd.waitall())

# diagonal/triangle helpers, ops whose backward reads the outputs, and a loss between
ops2 = {'makediag': lambda x: nd.linalg.makediag(x),
        'extracttrian': lambda x: nd.linalg.extracttrian(x),
        'maketrian': lambda x: nd.linalg.maketrian(nd.array([1, 2, 3], dtype=x.dtype) * x.sum()),
        'gelqf': lambda x: nd.linalg.gelqf(x)[1],
        'syevd': lambda x: nd.linalg.syevd(x)[1], 'slogdet': lambda x: nd.linalg.slogdet(x)[1],
        'gemm_loss': lambda x: (nd.linalg.gemm2(x, x) * 2).sum(),
        'batch_dot_loss': lambda x: nd.batch_dot(x.reshape((1, 2, 2)), x.reshape((1, 2, 2))).sum()}
for dt in ['int32', 'float16']:
    for name, f in ops2.items():
        x = nd.array(A, dtype=dt)
        x.attach_grad()

        def bw():
            with autograd.record():
                y = f(x)
            y.backward()

        show((dt, name, 'bwd'), bw)
        show((dt, name, 'g'), lambda: x.grad.asnumpy().ravel().tolist())
        show((dt, name, 'wait'), lambda: nd.waitall())
