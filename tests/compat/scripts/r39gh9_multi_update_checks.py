"""Multi-weight AdamW and LAMB calls: the order of their checks (input count, rate counts, input and out= shapes, types, kernel type switch, missing outputs) and their words, with and without out=, on 0-d, empty and 2-d weights."""
import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        r = [x.asnumpy().tolist() for x in r] if isinstance(r, (list, tuple)) else r.asnumpy().tolist()
        print(label, '->', r)
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).replace('\n', ' | '))


def Z(s=(2,), dt='float32'):
    return nd.ones(s, dtype=dt)


def H(s=(2,)):
    return Z(s, 'float16')


adamw, mp_adamw = nd.contrib.multi_adamw_update, nd.contrib.multi_mp_adamw_update
lamb, mp_lamb = nd.contrib.multi_lamb_update, nd.contrib.multi_mp_lamb_update
for s in [(), (0,), (2, 0), (1,), (3, 2)]:
    show('adamw out %s' % (s,), lambda: adamw([Z(s)], [Z(s)], [Z(s)], [Z(s)], Z((1,)), lrs=(0.1,), wds=(0.,),
                                              etas=(1.,), out=Z(s)))
    show('mp_adamw out %s' % (s,), lambda: mp_adamw([H(s)], [H(s)], [Z(s)], [Z(s)], [Z(s)], Z((1,)), lrs=(0.1,),
                                                    wds=(0.,), etas=(1.,), out=H(s)))
    show('lamb out %s' % (s,), lambda: lamb([Z(s)], [Z(s)], [Z(s)], [Z(s)], step_count=(1,), lrs=(0.1,), wds=(0.,),
                                            out=Z(s)))
    show('lamb no out %s' % (s,), lambda: lamb([Z(s)], [Z(s)], [Z(s)], [Z(s)], step_count=(1,), lrs=(0.1,),
                                               wds=(0.,)))
    show('adamw no out %s' % (s,), lambda: adamw([Z(s)], [Z(s)], [Z(s)], [Z(s)], Z((1,)), lrs=(0.1,), wds=(0.,),
                                                 etas=(1.,)))
show('adamw out shape', lambda: adamw([Z()], [Z()], [Z()], [Z()], Z((1,)), lrs=(0.1,), wds=(0.,), etas=(1.,),
                                      out=Z((3,))))
show('adamw out dtype', lambda: adamw([Z()], [Z()], [Z()], [Z()], Z((1,)), lrs=(0.1,), wds=(0.,), etas=(1.,),
                                      out=H()))
show('adamw out count', lambda: adamw([Z()], [Z()], [Z()], [Z()], Z((1,)), lrs=(0.1,), wds=(0.,), etas=(1.,),
                                      out=[Z(), Z()]))
show('adamw rescale of 2', lambda: adamw([Z()], [Z()], [Z()], [Z()], Z((2,)), lrs=(0.1,), wds=(0.,), etas=(1.,),
                                         out=Z()))
show('adamw rescale number', lambda: adamw([Z()], [Z()], [Z()], [Z()], 0.5, lrs=(0.1,), wds=(0.,), etas=(1.,),
                                           out=Z()))
show('adamw rescale inf', lambda: adamw([Z()], [Z()], [Z()], [Z()], float('inf'), lrs=(0.1,), wds=(0.,), etas=(1.,),
                                        out=Z()))
show('adamw 2 out shape', lambda: adamw([Z(), Z((3,))], [Z(), Z((3,))], [Z(), Z((3,))], [Z(), Z((3,))], Z((1,)),
                                        lrs=(0.1, 1), wds=(0., 0), etas=(1., 1), out=[Z(), Z((4,))]))
show('mp_adamw out shape', lambda: mp_adamw([H()], [H()], [Z()], [Z()], [Z()], Z((1,)), lrs=(0.1,), wds=(0.,),
                                            etas=(1.,), out=H((3,))))
show('mp_lamb out shape', lambda: mp_lamb([H()], [H()], [Z()], [Z()], [Z()], step_count=(1,), lrs=(0.1,), wds=(0.,),
                                          out=H((3,))))
show('multi_sgd out shape', lambda: nd.multi_sgd_update(Z(), Z(), Z((3,)), Z((3,)), lrs=(0.1, 1), wds=(0., 0),
                                                        num_weights=2, out=[Z(), Z((4,))]))
for out in [True, False]:
    kw = {'out': Z()} if out else {}
    kw16 = {'out': H()} if out else {}
    show('lamb out shape %s' % out, lambda: lamb([Z()], [Z()], [Z()], [Z()], step_count=(1,), lrs=(0.1,), wds=(0.,),
                                                 out=Z((3,))))
    show('lamb out dtype %s' % out, lambda: lamb([Z()], [Z()], [Z()], [Z()], step_count=(1,), lrs=(0.1,), wds=(0.,),
                                                 out=H()))
    show('lamb lrs %s' % out, lambda: lamb([Z()], [Z()], [Z()], [Z()], step_count=(1,), lrs=(0.1, 0.2), wds=(0.,),
                                           **kw))
    show('lamb wds %s' % out, lambda: lamb([Z()], [Z()], [Z()], [Z()], step_count=(1,), lrs=(0.1,), wds=(0., 1.),
                                           **kw))
    show('lamb steps %s' % out, lambda: lamb([Z()], [Z()], [Z()], [Z()], step_count=(1, 2), lrs=(0.1,), wds=(0.,),
                                             **kw))
    show('lamb all %s' % out, lambda: lamb([Z()], [Z()], [Z()], [Z()], step_count=(1, 2), lrs=(0.1, 2), wds=(0., 1.),
                                           **kw))
    show('lamb wds+steps %s' % out, lambda: lamb([Z()], [Z()], [Z()], [Z()], step_count=(1, 2), lrs=(0.1,),
                                                 wds=(0., 1.), **kw))
    show('mp_lamb wds %s' % out, lambda: mp_lamb([H()], [H()], [Z()], [Z()], [Z()], step_count=(1,), lrs=(0.1,),
                                                 wds=(0., 1.), **kw16))
    show('mp_lamb lrs %s' % out, lambda: mp_lamb([H()], [H()], [Z()], [Z()], [Z()], step_count=(1,), lrs=(0.1, 3),
                                                 wds=(0.,), **kw16))
    show('lamb count+lrs %s' % out, lambda: lamb([Z()], [Z()], [Z()], [Z()], step_count=(1,), lrs=(0.1, 2),
                                                 wds=(0.,), num_tensors=2, **kw))
    show('lamb shape+lrs %s' % out, lambda: lamb([Z()], [Z((3,))], [Z()], [Z()], step_count=(1,), lrs=(0.1, 2),
                                                 wds=(0.,), **kw))
    show('lamb dtype+lrs %s' % out, lambda: lamb([Z()], [H()], [Z()], [Z()], step_count=(1,), lrs=(0.1, 2),
                                                 wds=(0.,), **kw))
    show('lamb out shape+lrs %s' % out, lambda: lamb([Z()], [Z()], [Z()], [Z()], step_count=(1,), lrs=(0.1, 2),
                                                     wds=(0.,), out=Z((3,))))
