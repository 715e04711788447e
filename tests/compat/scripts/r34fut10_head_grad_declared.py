"""Executor backward of MXNet's legacy detection ops: Proposal/MultiProposal take any head gradient (they declare none), MultiBoxDetection checks its shape."""
# recorded on AVX2
import mxnet as mx
import numpy as np

np.random.seed(0)
anchors = mx.nd.array([[[0.1, 0.1, 0.3, 0.3], [0.5, 0.5, 0.9, 0.9]]])
x = mx.sym.Variable('x')
proposal_args = dict(scales=(8,), ratios=(1.0,), rpn_pre_nms_top_n=5, rpn_post_nms_top_n=3)
cases = [
    ('Proposal', mx.sym.contrib.Proposal(cls_prob=x, bbox_pred=mx.sym.Variable('b'), im_info=mx.sym.Variable('i'),
                                         **proposal_args),
     {'x': mx.nd.array(np.random.random((1, 2, 3, 3))), 'b': mx.nd.array(np.random.random((1, 4, 3, 3))),
      'i': mx.nd.array([[50, 50, 1.0]])}),
    ('MultiProposal', mx.sym.contrib.MultiProposal(cls_prob=x, bbox_pred=mx.sym.Variable('b'),
                                                   im_info=mx.sym.Variable('i'), **proposal_args),
     {'x': mx.nd.array(np.random.random((2, 2, 3, 3))), 'b': mx.nd.array(np.random.random((2, 4, 3, 3))),
      'i': mx.nd.array([[50, 50, 1.0], [40, 45, 0.8]])}),
    ('MultiBoxDetection', mx.sym.contrib.MultiBoxDetection(x, mx.sym.Variable('l'), mx.sym.Variable('a')),
     {'x': mx.nd.array([[[0.2, 0.3], [0.8, 0.7]]]), 'l': mx.nd.zeros((1, 8)), 'a': anchors}),
]
for name, sym, args in cases:
    for head in ['none', (1, 1), (7,), 'same']:
        print("==", name, head)
        try:
            grads = {k: mx.nd.ones(v.shape) for k, v in args.items()}
            ex = sym.bind(mx.cpu(), args=args, args_grad=grads)
            out = ex.forward(is_train=True)[0]
            if head == 'none':
                ex.backward()
            else:
                ex.backward([mx.nd.ones(out.shape if head == 'same' else head)])
            print(out.shape, [float(g.asnumpy().sum()) for g in ex.grad_arrays])
        except Exception as e:
            print("ERR", type(e).__name__, str(e).splitlines()[-1][:200])
