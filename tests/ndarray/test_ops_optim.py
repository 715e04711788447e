"""Optimizer-update operators: values measured from MXNet 1.9.1 (bit for bit), in-place states, defaults."""
import inspect

import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError
from distnet.ndarray.registry import OPS

# --- cases begin
F32, F16 = np.float32, np.float16
STEPS = 3
COMMON = dict(wd=0.01, rescale_grad=0.7)


def _arrays(seed, n=7, dtype=F32):
    rng = np.random.RandomState(seed)
    w = rng.uniform(-1, 1, n).astype(dtype)
    grads = [rng.uniform(-2, 2, n).astype(dtype) for _ in range(STEPS)]
    pos = rng.uniform(0.1, 1, n).astype(F32)
    return w, grads, pos


def _run(nd, op, seed, nstates, attrs, dtype=F32, positive=(), master=False, step_attr=None):
    """STEPS in-place updates of one weight; returns the final weight and states."""
    w0, grads, pos = _arrays(seed, dtype=dtype)
    w = nd.array(w0, dtype=dtype)
    states = [nd.array(pos if i in positive else np.zeros_like(pos), dtype=F32 if master else dtype)
              for i in range(nstates)]
    extra = [nd.array(w0.astype(F32), dtype=F32)] if master else []
    for t, g in enumerate(grads):
        more = {step_attr: t + 1} if step_attr else {}
        getattr(nd, op)(w, nd.array(g, dtype=dtype), *states, *extra, out=w, **attrs, **more)
    return [w] + states + extra


def _lamb(nd, seed, mp, **attrs):
    w0, grads, _ = _arrays(seed, dtype=F16 if mp else F32)
    w = nd.array(w0, dtype=w0.dtype)
    w32 = nd.array(w0.astype(F32))
    mean, var = nd.zeros(w0.shape), nd.zeros(w0.shape)
    for t, g in enumerate(grads):
        r1 = nd.array([np.linalg.norm(w32.asnumpy() if mp else w.asnumpy())], dtype=F32)
        if mp:
            d = nd.mp_lamb_update_phase1(w, nd.array(g, dtype=F16), mean, var, w32, t=t + 1, **attrs)
            r2 = nd.array([np.linalg.norm(d.asnumpy())], dtype=F32)
            nd.mp_lamb_update_phase2(w, d, r1, r2, w32, lr=0.05, out=w)
            w32 = nd.array(w.asnumpy().astype(F32))    # the master copy phase2 leaves unchanged
        else:
            d = nd.lamb_update_phase1(w, nd.array(g), mean, var, t=t + 1, **attrs)
            r2 = nd.array([np.linalg.norm(d.asnumpy())], dtype=F32)
            nd.lamb_update_phase2(w, d, r1, r2, lr=0.05, out=w, lower_bound=0.1, upper_bound=10.)
    return [w, mean, var, d]


def _adamw(nd, seed, mp, rescale, **attrs):
    w0, grads, _ = _arrays(seed, dtype=F16 if mp else F32)
    w = nd.array(w0, dtype=w0.dtype)
    w32 = nd.array(w0.astype(F32))
    mean, var = nd.zeros(w0.shape), nd.zeros(w0.shape)
    for g in grads:
        g = nd.array(g, dtype=w0.dtype)
        if mp:
            _contrib(nd, "mp_adamw_update")(w, g, mean, var, w32, nd.array([rescale]), out=w, **attrs)
        else:
            _contrib(nd, "adamw_update")(w, g, mean, var, nd.array([rescale]), out=w, **attrs)
    return [w, mean, var] + ([w32] if mp else [])


def _contrib(nd, name):
    return getattr(nd.contrib, name, None) or getattr(nd, "_contrib_" + name)


def _multi(nd, op, per, mp, **attrs):
    arrays, weights = [], []
    for seed in (40, 41):
        w0, grads, _ = _arrays(seed, n=5 + seed - 40, dtype=F16 if mp else F32)
        w = nd.array(w0, dtype=w0.dtype)
        weights.append(w)
        group = [w, nd.array(grads[0], dtype=w0.dtype)]
        if per - 2 - mp:
            group.append(nd.zeros(w0.shape))
        if mp:
            group.append(nd.array(w0.astype(F32)))
        arrays.extend(group)
    for _ in range(STEPS):
        getattr(nd, op)(*arrays, num_weights=2, lrs=(0.1, 0.2), wds=(0.01, 0.), out=weights, **attrs)
    return arrays


def _sum_sq(nd):
    rng = np.random.RandomState(50)
    xs = [rng.uniform(-1, 1, s).astype(F32) for s in (1000, 3, 257)]
    return [nd.multi_sum_sq(*[nd.array(x) for x in xs], num_arrays=3)]


def _lars(nd):
    rng = np.random.RandomState(51)
    lrs, wss, gss, wds = (rng.uniform(0.01, 2, 6).astype(F32) for _ in range(4))
    wss[1] = 0
    gss[2] = 0
    return [nd.multi_lars(*[nd.array(x) for x in (lrs, wss, gss, wds)], eta=0.7, eps=1e-6, rescale_grad=0.5)]


CLIP = dict(COMMON, clip_gradient=0.5)
MCLIP = dict(rescale_grad=0.7, clip_gradient=0.5)
REF_CASES = {
    "sgd": lambda nd: _run(nd, "sgd_update", 1, 0, dict(CLIP, lr=0.1)),
    "sgd_noclip": lambda nd: _run(nd, "sgd_update", 2, 0, dict(COMMON, lr=0.1)),
    "sgd_f64": lambda nd: _run(nd, "sgd_update", 3, 0, dict(CLIP, lr=0.1), dtype=np.float64),
    "sgd_mom": lambda nd: _run(nd, "sgd_mom_update", 4, 1, dict(CLIP, lr=0.1, momentum=0.9)),
    "sgd_mom_noclip": lambda nd: _run(nd, "sgd_mom_update", 5, 1, dict(COMMON, lr=0.1, momentum=0.9)),
    "mp_sgd": lambda nd: _run(nd, "mp_sgd_update", 6, 0, dict(CLIP, lr=0.1), dtype=F16, master=True),
    "mp_sgd_mom": lambda nd: _run(nd, "mp_sgd_mom_update", 7, 1, dict(CLIP, lr=0.1, momentum=0.9), dtype=F16,
                                  master=True),
    "nag": lambda nd: _run(nd, "nag_mom_update", 8, 1, dict(CLIP, lr=0.1, momentum=0.9)),
    "nag_noclip": lambda nd: _run(nd, "nag_mom_update", 9, 1, dict(COMMON, lr=0.1, momentum=0.9)),
    "mp_nag": lambda nd: _run(nd, "mp_nag_mom_update", 10, 1, dict(CLIP, lr=0.1, momentum=0.9), dtype=F16,
                              master=True),
    "adam": lambda nd: _run(nd, "adam_update", 11, 2, dict(CLIP, lr=0.01)),
    "adam_noclip": lambda nd: _run(nd, "adam_update", 12, 2, dict(COMMON, lr=0.01, beta1=0.8, epsilon=1e-6)),
    "adam_f64": lambda nd: _run(nd, "adam_update", 13, 2, dict(CLIP, lr=0.01), dtype=np.float64),
    "rmsprop": lambda nd: _run(nd, "rmsprop_update", 14, 1, dict(CLIP, lr=0.01, clip_weights=0.8)),
    "rmsprop_noclip": lambda nd: _run(nd, "rmsprop_update", 15, 1, dict(COMMON, lr=0.01, gamma1=0.9)),
    "rmspropalex": lambda nd: _run(nd, "rmspropalex_update", 16, 3, dict(CLIP, lr=0.01, clip_weights=0.8)),
    "rmspropalex_noclip": lambda nd: _run(nd, "rmspropalex_update", 17, 3, dict(COMMON, lr=0.01)),
    "ftrl": lambda nd: _run(nd, "ftrl_update", 18, 2, dict(CLIP, lr=0.1, lamda1=0.01, beta=1.)),
    "ftrl_noclip": lambda nd: _run(nd, "ftrl_update", 19, 2, dict(COMMON, lr=0.1)),
    "ftml": lambda nd: _run(nd, "ftml_update", 20, 3, dict(wd=0.01, rescale_grad=0.7, clip_grad=0.5, lr=0.1),
                            step_attr="t"),
    "ftml_noclip": lambda nd: _run(nd, "ftml_update", 21, 3, dict(COMMON, lr=0.1), step_attr="t"),
    "signsgd": lambda nd: _run(nd, "signsgd_update", 22, 0, dict(CLIP, lr=0.1)),
    "signum": lambda nd: _run(nd, "signum_update", 23, 1, dict(CLIP, lr=0.1, momentum=0.9, wd_lh=0.05)),
    "signum_noclip": lambda nd: _run(nd, "signum_update", 24, 1, dict(COMMON, lr=0.1, momentum=0.9)),
    "lamb": lambda nd: _lamb(nd, 25, False, wd=0.01, rescale_grad=0.7, clip_gradient=0.5),
    "lamb_nobias": lambda nd: _lamb(nd, 26, False, wd=0.01, bias_correction=False),
    "mp_lamb": lambda nd: _lamb(nd, 27, True, wd=0.01, rescale_grad=0.7),
    "adamw": lambda nd: _adamw(nd, 28, False, 0.7, lr=0.01, eta=0.9, wd=0.01, clip_gradient=0.5),
    "adamw_noclip": lambda nd: _adamw(nd, 29, False, 0.7, lr=0.01, eta=0.9, wd=0.01),
    "mp_adamw": lambda nd: _adamw(nd, 30, True, 0.7, lr=0.01, eta=1.0, wd=0.01),
    "multi_sgd": lambda nd: _multi(nd, "multi_sgd_update", 2, False, **MCLIP),
    "multi_sgd_mom": lambda nd: _multi(nd, "multi_sgd_mom_update", 3, False, momentum=0.9, **MCLIP),
    "multi_sgd_mom_noclip": lambda nd: _multi(nd, "multi_sgd_mom_update", 3, False, momentum=0.9,
                                              rescale_grad=0.7),
    "multi_mp_sgd": lambda nd: _multi(nd, "multi_mp_sgd_update", 3, True, **MCLIP),
    "multi_mp_sgd_mom": lambda nd: _multi(nd, "multi_mp_sgd_mom_update", 4, True, momentum=0.9, **MCLIP),
    "multi_sum_sq": _sum_sq,
    "multi_lars": _lars,
}
# --- cases end


# Final weight and states after the case's updates in MXNet 1.9.1, as "<dtype>:<hex of the bytes>".
EXPECTED = {
    'sgd': [
        '<f4:ba93fabd65e4f03e2f6a84bfc33fe0be2d1b41bf49bc29bf3bea2cbf',
    ],
    'sgd_noclip': [
        '<f4:68d6483d4cf272bffe6a363e8ab168bda2f894be8aa12bbd0ee1f7be',
    ],
    'sgd_f64': [
        '<f8:9e6710b63d91aa3ff4f27ce87532dd3fbafbd76d863ad3bf53eb86c4f6c5a53f95982f9f2775e93f6cbd21ff2150ea3f00ce032d7418e3bf',
    ],
    'sgd_mom': [
        '<f4:78f68d3fe88c023e3868843f93f0cd3e916a2c3f18b752bf8a56653f',
        '<f4:b946063d57e30cbd38a1e93b4eac173d2d76093e7e56e5bd4e86bd3c',
    ],
    'sgd_mom_noclip': [
        '<f4:a30b34bf2a2d893fb29e6dbe6349a73f94b530beb8c1a23e54ce1a3f',
        '<f4:da0a06bdc8f0243e54a8263e8fb7443e78545b3c6185b03d6c56a2bd',
    ],
    'mp_sgd': [
        '<f2:b93939b60d3861bb26bbe731c828',
        '<f4:581e373fb81dc7be1fa8013fe5146cbf9fc464bf98ee3c3ed30d193d',
    ],
    'mp_sgd_mom': [
        '<f2:4cb92e3940a98e342a3a15345d28',
        '<f4:3d051a3da2ca333d68f9013dc2d9a2bd393a1bbd0854853de2270fbd',
        '<f4:478329bf1bb4253fe20128bdb2bf913e463b453f73a4823e5a9f0b3d',
    ],
    'nag': [
        '<f4:381c263f4b86873f49a97b3fb68b03bdf8b1b3be79e372bf1eb589be',
        '<f4:28b475bd701a793d0e61c73da821f5bb888eaa3d6a97173dffd437bd',
    ],
    'nag_noclip': [
        '<f4:5cea7bbfb6e0323edcd212be8b8444bfefaca2bf2d5eb3bfa4db0a3f',
        '<f4:026638bd98257fbcfc3163bd8a70b4bd5c5838be8e4392be6449663e',
    ],
    'mp_nag': [
        '<f2:3a3561baac32d13764b494b833b9',
        '<f4:6f5e15bd72664c3d5a655dbd3443a03c5d1d88bd33bd13bd1a257dbc',
        '<f4:663ba73ea7204cbfec88553ed41bfa3e1a798cbe178f12bffc6926bf',
    ],
    'adam': [
        '<f4:211e13bf40e685bf2410aabd157be13e4f5613bdc2ea99bd2a3b8cbf',
        '<f4:6010d43a54c7e83c683b5fbd683b5fbd85c00abe385e3a3dec09e63d',
        '<f4:fc75033af875173ab068443ab068443ab068443ab068443a24bc153a',
    ],
    'adam_noclip': [
        '<f4:26b6eabe39cebc3ec59d99be5218853ee52f99bf7ada453f6863123f',
        '<f4:d55a29bff885edbc9faea5bea05f42bec6037f3e5054a5bb4cded93e',
        '<f4:f408b43b0806303b629b113bf4cc293a06d25e3a6507213b069d193b',
    ],
    'adam_f64': [
        '<f8:49a2af3e931fe13ffd01dcc22580e3bffb4035e61248e33f7688628b9adff03f4af1033ce719f13fa0c30dd61ffb62bfd7452c17bc2eb83f',
        '<f8:e5d1eb1d0c07a5bf14b338665c269b3f4c91edfcc64ba73f0c85ad72b463c0bf531283a01058c1bfffdd3da5bc70a4bf531283a01058c13f',
        '<f8:9cb111112665443fdf211b952251453f5ea330f7158d483f8c88a4604110463f5ea330f7158d483f7c5465f1e8aa413f5ea330f7158d483f',
    ],
    'rmsprop': [
        '<f4:c2ce8a3d91ae133fbcf5413fcdcc4cbff532afbe4f8c393f54fe6f3c',
        '<f4:20470f3d7c96cc3cc94ebf3cd2dfeb3cbe85083db0d4cc3cd37e063d',
    ],
    'rmsprop_noclip': [
        '<f4:0180363f2c5a1bbf00e154bf8c0192bef323d2be0eec9f3d2732e3be',
        '<f4:1c05d43d183e563ea2cef73d6e10833e3a79ae3e351e5a3ecef1843e',
    ],
    'rmspropalex': [
        '<f4:5389c8be5bd4633e3c3ba7bd05c745bf041d7cbd5f582fbf68b20e3f',
        '<f4:4c0c123d5121cc3c0539c03cfe0e6b3c4c0c123d9026cc3c8636c43c',
        '<f4:9097aebc274017bd639c2d3d484bb8bc4c0c92bd8fae243dfddc23bd',
        '<f4:b158273df866623dbba57ebdf3b8e03c32d1c43d92f46bbda7f1713d',
    ],
    'rmspropalex_noclip': [
        '<f4:224ce9be80d82b3e3cbb0fbf7a9c7fbf46513b3f9007863e6d0c663e',
        '<f4:8a9aa13df631b43d5e02263d7e809a3dc38bef3d798de53d1f73123e',
        '<f4:fcab2cbdee8756bd9c95e93c09b2673d919edabd706500bdce9728bd',
        '<f4:e18434bb68480b3d345c88bc486f18bd4f5e8d3dfe5d553c943c7a3c',
    ],
    'ftrl': [
        '<f4:7b0bf23df1cc1e3d17516a3e68c751be620e503ecfabe13dd6d8b53d',
        '<f4:3d4e0ac0e8dc3bbff30789c018226d403a6b73c006dfecbf9053d3bf',
        '<f4:b7ba2b3f0000403f0000403f12f8243f0000403f1c61e53eeeb4373f',
    ],
    'ftrl_noclip': [
        '<f4:57b8d4bea31a593ea31408be849498bea3425fbd8b76d4bd47da323e',
        '<f4:d87b3e41f3feadc0875832400119b240fcf8573f8473f63fac8769c0',
        '<f4:5ae95d407a871b40bba2973f0ec33e3fcaf78e3e60ed363f98f7953f',
    ],
    'ftml': [
        '<f4:1d5697bd80fc3c3ffd1f7f3f603f1e3fdb3b76bf45239c3e9a8de9be',
        '<f4:e27a4d4075c1494014e17a4014e17a40d7fc4c40d74c674014e17a40',
        '<f4:96c1033af30bfe39b068443ab068443a2320033af1f2263ab068443a',
        '<f4:33f1723e11f114c08c057ac006151bc0e42a4540b1128dbfa0e1e43f',
    ],
    'ftml_noclip': [
        '<f4:67c388bf7985b6beb27f403ef22578bf6c8148bf244e46bf8afe55be',
        '<f4:137856400923bf408edfb540ccb919414e29d14007999d40b4f5bf40',
        '<f4:3d890f3a2402e43a5671ce3ace7c933bfe84083bc6029b3ad6f9e53a',
        '<f4:fb2665409046084063c288bfc702154103d2a340ec2874404c76a03f',
    ],
    'signsgd': [
        '<f4:32652ebf7cbe863e5792eabeaaec503f7c9574bf5ba8d7be87a80ebf',
    ],
    'signum': [
        '<f4:8ec3073e3d03153f065c1f3fda5505be75eee5bed04cef3e91680ebf',
        '<f4:0fd50abd20bec3bce021c03c0007153d2ac2653d3836d13c1a9c243d',
    ],
    'signum_noclip': [
        '<f4:182a9c3f3ff3323f0055663f7b73ebbe162836be8efe373ea462313f',
        '<f4:cc3cad3dda36dd3d3cde8fbd8fbdd7bdbfa7b8bd730d8bbe0c9f60be',
    ],
    'lamb': [
        '<f4:d408553fe592fc3d578cbebe380021bffa6cb3bda6453fbf1971923e',
        '<f4:fe595fbdb40872bc7074c4bc12eadb3c49116cbdb45f8bbc9475843d',
        '<f4:96069439fde70d3992e5233a75e0aa39d170da3971c2083aea72a239',
        '<f4:4fc925bfddc782be36514abe18a9963eb85212bfbed221be9ada3e3f',
    ],
    'lamb_nobias': [
        '<f4:b4b19bbe2bb980bc38d50f3fdc1d123f04de203f169612bf8a9e09bf',
        '<f4:1c528ebdc9454e3ee8c79abd44c6703efdf7ad3d083d4e3c422c6d3d',
        '<f4:32ef633a0618b53bf7e0e33b0cc7023c7979ab397728c93a210a0c3b',
        '<f4:840817c0646c2d40c19666bfecd02840988396407898a13efca89f3f',
    ],
    'mp_lamb': [
        '<f2:a39b7e3872371e3963b4bc3b123a',
        '<f4:401a4cbeb9b3b83d4b21b7bd3a092a3d12d84a3dfe9eedbd683bc73b',
        '<f4:5a25e23ad1a9ad3aa798a03ae8af573b48ee143b701a0c3b8b4e253b',
        '<f4:7c4f78bf14a5013f7efe02bfb9541c3edb35543ebfbefebe6054033d',
    ],
    'adamw': [
        '<f4:b373b53e441f103c6bd242bf3c77f9bd18e7f93ee287dd3da2d901bf',
        '<f4:4ab7863d85c00a3efa80543c746811bd475f833d8571adbd85c00abe',
        '<f4:91110d3ab068443ae0df0a3ab068443aa264193a1c7df639b068443a',
    ],
    'adamw_noclip': [
        '<f4:d43b1b3fefe8edbec2a161bf5ac00c3fea6f4cbe3c00dc3dcd52083f',
        '<f4:110c673e4aa1ae3d4796013e6a9985bc8ac0393e99ff303de7b31fbe',
        '<f4:2ce8203b7ac1e73af84a1e3b02e24e3aa53fc43a5926313bdc0f053b',
    ],
    'mp_adamw': [
        '<f2:68345bb3e7363cb9743b7ab4e93a',
        '<f4:f09ceb3d6cf8ffbc56926abe83751e3e88b6eebd52bc3cbd50736f3d',
        '<f4:54f5203bc4e3d83aa4db243bba3a8a3b90d8713abbe0123addb0533a',
        '<f4:560f8d3e01626bbe6fd9dc3e317a27bf15736e3f24408fbe76155d3f',
    ],
    'multi_sgd': [
        '<f4:f62c0cbd3fa468bfd960f13e5bef12bfdfd27ebe',
        '<f4:36cb48bfd143d83d4291fd3e83b58d3f21b63e3f',
        '<f4:90e84abee56f98bfbead5b3d03d046bfb07ff8beaffa013f',
        '<f4:563e9ebf628f2c3fb9bbd53fa056a6be13c42bbf6e2c5ebf',
    ],
    'multi_sgd_mom': [
        '<f4:60fac53dbefb6cbf1950c23e310934bf960cc2be',
        '<f4:36cb48bfd143d83d4291fd3e83b58d3f21b63e3f',
        '<f4:b1110b3e4c2890bce555c3bdf16009be46480abe',
        '<f4:0cb6803dbcf6b7bf265854be2c6c28bfccf175be94cb443f',
        '<f4:563e9ebf628f2c3fb9bbd53fa056a6be13c42bbf6e2c5ebf',
        '<f4:83c08a3e48f082be83c08abe646ffc3d0256823e83c08a3e',
    ],
    'multi_sgd_mom_noclip': [
        '<f4:9647fe3dbefb6cbf1950c23e0e7e5bbf7136c8be',
        '<f4:36cb48bfd143d83d4291fd3e83b58d3f21b63e3f',
        '<f4:0ea9183e4c2890bce555c3bdcb9355beda3b10be',
        '<f4:6615f23ebcf6b7bfcc3375bf2c6c28bfccf175bea2ac633f',
        '<f4:563e9ebf628f2c3fb9bbd53fa056a6be13c42bbf6e2c5ebf',
        '<f4:7d26f03e48f082be4a2e22bf646ffc3d0256823ed695a83e',
    ],
    'multi_mp_sgd': [
        '<f2:60a845bb8b3797b8f7b3',
        '<f2:46bac22eed376e3cf639',
        '<f4:cbf20bbd1c9d68bf0968f13e0ae912bf46d47ebe',
        '<f2:56b2c3bcda2a36bac4b71038',
        '<f2:f2bc6439ae3e33b55eb9f1ba',
        '<f4:cecc4abe996998bf36335b3dadcf46bfe27af8becdfc013f',
    ],
    'multi_mp_sgd_mom': [
        '<f2:312e68bb1336a0b910b6',
        '<f2:46bac22eed376e3cf639',
        '<f4:a7110b3e042690bc2c61c3bd026109be44480abe',
        '<f4:6217c63d89f46cbf9054c23ee40234bf490dc2be',
        '<f2:072cbfbda4b243b9afb3263a',
        '<f2:f2bc6439ae3e33b55eb9f1ba',
        '<f4:83c08a3e9be482be83c08abea07dfc3deb52823e83c08a3e',
        '<f4:90ed803da2edb7bfc87654be1e6a28bf22ee75beb2cd443f',
    ],
    'multi_sum_sq': [
        '<f4:ba31a643b86b5e3f0295aa42',
    ],
    'multi_lars': [
        '<f4:52edff3e95b4ca3ddf73313fc28b0e3f3ede633e5e7b293f',
    ],
}


def _unhex(text):
    dtype, data = text.split(":")
    return np.frombuffer(bytes.fromhex(data), dtype)


@pytest.mark.parametrize("name", sorted(REF_CASES))
def test_update_matches_mxnet_bit_for_bit(name):
    got = REF_CASES[name](nd)
    expected = EXPECTED[name]
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        want = _unhex(e)
        assert g.dtype == want.dtype
        np.testing.assert_array_equal(g.asnumpy().ravel(), want)


F32_ = np.float32
W, G = [1., 2., 3.], [0.5, -1., 2.]


def _exact(got, values):
    np.testing.assert_array_equal(got.asnumpy(), np.asarray(values, dtype=got.dtype))


def test_without_out_the_weight_is_kept_and_the_state_updated():
    w, mom = nd.array(W), nd.array([0.1, 0.1, 0.1])
    new = nd.sgd_mom_update(w, nd.array(G), mom, lr=0.1, momentum=0.9)
    np.testing.assert_array_equal(w.asnumpy(), F32_(W))
    _exact(new, [1.0399999618530273, 2.190000057220459, 2.890000104904175])
    _exact(mom, [0.03999999538064003, 0.1899999976158142, -0.11000000685453415])


def test_out_weight_updates_in_place_and_returns_it():
    w = nd.array(W)
    assert nd.sgd_update(w, nd.array(G), lr=0.1, out=w) is w
    np.testing.assert_array_equal(w.asnumpy(), F32_([0.95, 2.1, 2.8]))


def test_adam_updates_mean_and_var_in_place():
    w, mean, var = nd.array([0.95, 2.1, 2.8]), nd.zeros(3), nd.zeros(3)
    new = nd.adam_update(w, nd.array(G), mean, var, lr=0.1)
    _exact(new, [0.6337702870368958, 2.416229724884033, 2.4837701320648193])
    _exact(mean, [0.050000011920928955, -0.10000002384185791, 0.20000004768371582])
    _exact(var, [0.00024999678134918213, 0.0009999871253967285, 0.003999948501586914])


def test_mp_sgd_updates_the_master_copy_not_the_half_weight():
    w16, w32 = nd.array(W, dtype="float16"), nd.array(W)
    new = nd.mp_sgd_update(w16, nd.array(G, dtype="float16"), w32, lr=0.1)
    assert new.dtype == np.float16
    np.testing.assert_array_equal(w16.asnumpy(), np.float16(W))
    np.testing.assert_array_equal(w32.asnumpy(), F32_([0.95, 2.1, 2.8]))
    np.testing.assert_array_equal(new.asnumpy(), np.float16([0.95, 2.1, 2.8]))


def test_mp_lamb_phase2_leaves_the_master_copy_unchanged():
    w32 = nd.array(W)
    w16 = w32.astype("float16")
    nd.mp_lamb_update_phase2(w16, nd.array(G), nd.array([2.]), nd.array([3.]), w32, lr=0.1, out=w16)
    np.testing.assert_array_equal(w16.asnumpy(), np.float16([0.967, 2.066, 2.867]))
    np.testing.assert_array_equal(w32.asnumpy(), F32_(W))


def test_lamb_phase2_bounds_and_zero_norm():
    w, g = nd.array(W), nd.array(G)
    plain = nd.lamb_update_phase2(w, g, nd.array([0.]), nd.array([3.]), lr=0.1)
    np.testing.assert_array_equal(plain.asnumpy(), F32_([0.95, 2.1, 2.8]))
    capped = nd.lamb_update_phase2(w, g, nd.array([2.]), nd.array([3.]), lr=0.1, upper_bound=1.)
    np.testing.assert_array_equal(capped.asnumpy(), F32_([0.98333335, 2.0333333, 2.9333334]))


def test_adamw_skips_the_update_for_a_non_finite_rescale():
    w, mean, var = nd.array(W), nd.zeros(3), nd.zeros(3)
    nd._internal._contrib_adamw_update(w, nd.array(G), mean, var, nd.array([np.inf]), lr=0.1, eta=1., wd=0.1, out=w)
    np.testing.assert_array_equal(w.asnumpy(), F32_(W))
    assert not mean.asnumpy().any() and not var.asnumpy().any()
    nd._internal._contrib_adamw_update(w, nd.array(G), mean, var, nd.array([1.]), lr=0.1, eta=1., wd=0.1, out=w)
    np.testing.assert_array_equal(w.asnumpy(), F32_([0.5837703, 2.1162298, 2.38377]))


def test_multi_sgd_writes_every_weight():
    ws = [nd.array([1., 2.]), nd.array([3., 4., 5.])]
    res = nd.multi_sgd_update(ws[0], nd.ones(2), ws[1], nd.ones(3), lrs=(0.1, 0.2), wds=(0, 0), num_weights=2,
                              out=ws)
    assert res[0] is ws[0] and res[1] is ws[1]
    np.testing.assert_array_equal(ws[0].asnumpy(), F32_([0.9, 1.9]))
    np.testing.assert_array_equal(ws[1].asnumpy(), F32_([2.8, 3.8, 4.8]))


def test_multi_update_checks_the_array_count():
    w = nd.ones(2)
    with pytest.raises(MXNetError, match=r"\(3 vs. 4\) : Operator multi_sgd_update expects 4 inputs"):
        nd.multi_sgd_update(w, nd.ones(2), nd.ones(2), lrs=(0.1, 0.2), wds=(0, 0), num_weights=2, out=[w, nd.ones(2)])
    with pytest.raises(MXNetError, match="lrs"):
        nd.multi_sgd_update(w, nd.ones(2), lrs=(0.1, 0.2), wds=(0,), num_weights=1, out=[w])
    with pytest.raises(MXNetError, match="valid ndim"):       # MXNet infers no output shapes for these ops
        nd.multi_sgd_update(w, nd.ones(2), lrs=(0.1,), wds=(0,), num_weights=1)


def test_lr_is_required():
    with pytest.raises(MXNetError, match="lr"):
        nd.sgd_update(nd.ones(2), nd.ones(2))


def test_sum_sq_lars_and_finiteness():
    sq = nd.multi_sum_sq(nd.array([1, 2]), nd.array([3.]), num_arrays=2)
    np.testing.assert_array_equal(sq.asnumpy(), F32_([5., 9.]))
    lars = nd.multi_lars(nd.array([0.1, 0.2]), nd.array([4., 0]), nd.array([1., 1]), nd.array([0.01, 0.01]),
                         eta=0.5, eps=1e-8)
    np.testing.assert_array_equal(lars.asnumpy(), F32_([0.09803922, 0.2]))
    ok = nd.all_finite(nd.array([1, 2], dtype="float16"))
    assert ok.dtype == np.float32 and ok.shape == (1,) and ok.asscalar() == 1
    assert nd.all_finite(nd.array([1, np.inf])).asscalar() == 0
    assert nd.all_finite(nd.array([1, 2]), init_output=False).asscalar() == 0
    assert nd.multi_all_finite(nd.array([1, 2]), nd.array([np.nan]), num_arrays=2).asscalar() == 0
    assert nd.multi_all_finite(nd.array([1, 2]), nd.array([3.]), num_arrays=2).asscalar() == 1


def test_reset_arrays_zeroes_in_place():
    a, b = nd.array([1, 2]), nd.array([3.])
    assert nd.reset_arrays(a, b, num_arrays=2) == []
    assert not a.asnumpy().any() and not b.asnumpy().any()


# MXNet 1.9.1's default attribute values (its float attributes are C floats).
DEFAULTS = {
    "sgd_update": dict(wd=0., rescale_grad=1., clip_gradient=-1., lazy_update=True),
    "sgd_mom_update": dict(momentum=0., wd=0., rescale_grad=1., clip_gradient=-1., lazy_update=True),
    "nag_mom_update": dict(momentum=0., wd=0., rescale_grad=1., clip_gradient=-1.),
    "adam_update": dict(beta1=0.899999976, beta2=0.999000013, epsilon=9.99999994e-09, wd=0., rescale_grad=1.,
                        clip_gradient=-1., lazy_update=True),
    "rmsprop_update": dict(gamma1=0.949999988, epsilon=9.99999994e-09, clip_weights=-1.),
    "rmspropalex_update": dict(gamma1=0.949999988, gamma2=0.899999976, epsilon=9.99999994e-09, clip_weights=-1.),
    "ftrl_update": dict(lamda1=0.00999999978, beta=1., wd=0.),
    "ftml_update": dict(beta1=0.600000024, beta2=0.999000013, clip_grad=-1.),
    "signum_update": dict(momentum=0., wd_lh=0.),
    "lamb_update_phase1": dict(beta1=0.899999976, beta2=0.999000013, epsilon=9.99999997e-07, bias_correction=True),
    "lamb_update_phase2": dict(lower_bound=-1., upper_bound=-1.),
    "_contrib_adamw_update": dict(beta1=0.899999976, beta2=0.999000013, epsilon=9.99999994e-09, wd=0.,
                                  clip_gradient=-1.),
    "multi_sgd_mom_update": dict(momentum=0., rescale_grad=1., clip_gradient=-1., num_weights=1),
    "all_finite": dict(init_output=True),
    "multi_all_finite": dict(num_arrays=1, init_output=True),
}


@pytest.mark.parametrize("name", sorted(DEFAULTS))
def test_default_attributes_are_mxnets(name):
    params = inspect.signature(OPS[name].fwd).parameters
    for attr, value in DEFAULTS[name].items():
        default = params[attr].default
        assert type(default) is type(value) or isinstance(value, float), (attr, default)
        assert np.float32(default) == np.float32(value), (name, attr, default, value)


def test_update_ops_have_no_gradient():
    for name in ("sgd_update", "adam_update", "multi_sgd_update", "_contrib_adamw_update", "multi_sum_sq"):
        assert OPS[name].bwd is None
    w = nd.array(W)
    w.attach_grad()
    with autograd.record():
        y = nd.sgd_update(w, nd.array(G), lr=0.1)
    # MXNet records the op but registers no gradient for it: a backward through it fails
    with pytest.raises(MXNetError, match="Operator sgd_update is non-differentiable because it didn't register "
                                         "FGradient attribute"):
        y.backward()


def test_preloaded_multi_sgd_updates_read_lrs_and_wds_from_arrays():
    # values measured on MXNet 1.9.1
    w = [nd.array([1., 2.]), nd.array([3.])]
    g = [nd.array([0.5, -1.]), nd.array([2.])]
    m = [nd.array([0.1, 0.2]), nd.array([0.3])]
    nd.preloaded_multi_sgd_update(w[0], g[0], w[1], g[1], nd.array([0.1, 0.2]), nd.array([0.01, 0.0]),
                                  num_weights=2, rescale_grad=0.5, clip_gradient=0.8, out=w)
    assert [x.asnumpy().tolist() for x in w] == [[0.9739999771118164, 2.0480000972747803], [2.8399999141693115]]
    nd.preloaded_multi_sgd_mom_update(w[0], g[0], m[0], w[1], g[1], m[1], nd.array([0.1, 0.2]),
                                      nd.array([0.01, 0.0]), momentum=0.9, num_weights=2, out=w)
    assert [x.asnumpy().tolist() for x in w] == [[1.0130259990692139, 2.3259520530700684], [2.7100000381469727]]
    assert [x.asnumpy().tolist() for x in m] == [[0.03902599588036537, 0.2779519855976105], [-0.12999999523162842]]
    w16, w32 = nd.array([1., 2.], dtype="float16"), nd.array([1., 2.])
    nd.preloaded_multi_mp_sgd_update(w16, nd.array([0.5, -1.], dtype="float16"), w32, nd.array([0.1]),
                                     nd.array([0.01]), num_weights=1, out=[w16])
    assert w16.asnumpy().tolist() == [0.94921875, 2.09765625]
    assert w32.asnumpy().tolist() == [0.9490000009536743, 2.0980000495910645]
    mom = nd.array([0.1, 0.2])
    nd.preloaded_multi_mp_sgd_mom_update(w16, nd.array([0.5, -1.], dtype="float16"), mom, w32, nd.array([0.1]),
                                         nd.array([0.01]), momentum=0.9, num_weights=1, out=[w16])
    assert w16.asnumpy().tolist() == [0.98828125, 2.375]
    assert mom.asnumpy().tolist() == [0.03905099257826805, 0.2779020071029663]


def test_an_update_given_the_wrong_number_of_out_arrays_is_refused_by_count_first():
    w = nd.ones((2, 3))
    for outs, n in (([nd.zeros((1,))] * 3, 3), ([], 0)):
        with pytest.raises(MXNetError, match=r"Check failed: \*num_outputs == infered_num_outputs .* Operator expects "
                                             rf"1 \(all\) or 1 \(visible only\) outputs, but got {n} instead\.$"):
            nd.sgd_update(w, w, lr=0.1, out=outs)
