"""A cluster with a secret: CURVE on every socket, intruders shut out, a live fuzz survived; the launcher's secret.

This file is also the worker program of its jobs: `test_security.py MODE` (modes: intrude, fuzz).
"""
import os
import random
import sys
import threading

import msgpack
import numpy as np
import pytest
import zmq

from ps_cluster import Cluster

PY = sys.executable
HERE = os.path.abspath(__file__)
SECRET = {"DISTNET_SECRET": "correct horse battery staple"}
FUZZ_MESSAGES = 3000


@pytest.fixture
def cluster(tmp_path):
    """Start clusters running this file's modes; at the end SIGKILL, by PID, whatever still runs."""
    started = []

    def start(workers, servers, mode, env=SECRET, **kwargs):
        started.append(Cluster(tmp_path, workers, servers, [PY, HERE, mode], env=env, **kwargs))
        return started[-1]
    yield start
    for c in started:
        c.kill()


def assert_clean(job, workers, timeout=20):
    status = job.wait(timeout)
    assert set(status.values()) == {0}, (status, job.report())
    outs = [job.node(f"worker {r}").output()[0] for r in range(workers)]
    assert all("ok rank=" in out for out in outs), job.report()
    return outs


@pytest.mark.timeout(30)
def test_cluster_with_a_secret_completes_a_dist_sync_job(cluster, tmp_path):
    from ps_cluster import JOB
    job = Cluster(tmp_path, 2, 2, [PY, JOB, "sync"], env=SECRET)
    try:
        outs = assert_clean(job, 2)
    finally:
        job.kill()
    assert all("sum=3" in out for out in outs)


@pytest.mark.timeout(60)
def test_intruders_without_the_key_get_nothing_through(cluster):
    # worker 1 waits at the barrier while rank 0 probes (seconds of unanswered polls, longer on a loaded machine)
    job = cluster(2, 1, "intrude", env=dict(SECRET, DISTNET_REQUEST_TIMEOUT="45"))
    outs = assert_clean(job, 2, timeout=50)
    intruder = next(out for out in outs if "intruder" in out)
    # the probe itself works: with the cluster's keys the same socket code gets answers
    assert "control replies=2" in intruder and "through=0" in intruder, intruder
    # the client key of its own (with the leaked server key) reached each ROUTER's ZAP check and was refused
    for label in ("scheduler", "server 0"):
        assert "with a key that is not the cluster's" in job.node(label).output()[1], job.report()


@pytest.mark.timeout(30)
def test_live_fuzz_from_an_authenticated_client_leaves_the_job_exact(cluster):
    job = cluster(2, 1, "fuzz")
    outs = assert_clean(job, 2)
    fuzz = next(out for out in outs if "fuzzed=" in out)
    assert f"fuzzed={FUZZ_MESSAGES} replies={FUZZ_MESSAGES}" in fuzz, fuzz
    assert "refused a malformed message" in job.node("server 0").output()[1]


@pytest.mark.timeout(30)
def test_without_a_secret_a_plain_client_is_answered(cluster):
    """The other side of the intruder test: with no secret the cluster is open (documented), so the probe works."""
    job = cluster(1, 1, "intrude", env={"DISTNET_SECRET": "", "INTRUDE_EXPECT_OPEN": "1"})
    out = assert_clean(job, 1)[0]
    assert "intruder through=2 " in out, out


# ---- the launcher's secret ----------------------------------------------------------------------
def spec_env(*argv, environ=None):
    from distnet.launcher import cli
    return dict(cli.build_spec(cli.parser().parse_args(list(argv)), environ or {}, "/job").env)


def test_launcher_makes_a_fresh_secret_per_job_for_every_process():
    from distnet.launcher.cli import build_spec, parser
    from distnet.launcher.plan import plan
    first, second = spec_env("-n", "2", "p"), spec_env("-n", "2", "p")
    assert len(first["DISTNET_SECRET"]) >= 40 and first["DISTNET_SECRET"] != second["DISTNET_SECRET"]
    procs = plan(build_spec(parser().parse_args(["-n", "2", "p"]), {}, "/job"))
    assert len({dict(p.env)["DISTNET_SECRET"] for p in procs}) == 1 and len(procs) == 5


def test_launcher_keeps_the_users_secret_and_insecure_means_none():
    from distnet.launcher.spec import LaunchError
    assert spec_env("-n", "1", "--env", "DISTNET_SECRET=mine", "p")["DISTNET_SECRET"] == "mine"
    assert spec_env("-n", "1", "p", environ={"DISTNET_SECRET": "env"})["DISTNET_SECRET"] == "env"
    with_file = spec_env("-n", "1", "p", environ={"DISTNET_SECRET_FILE": "/s"})
    assert "DISTNET_SECRET" not in with_file and with_file["DISTNET_SECRET_FILE"] == "/s"
    assert "DISTNET_SECRET" not in spec_env("-n", "1", "--insecure", "p")
    with pytest.raises(LaunchError, match="--insecure .* DISTNET_SECRET is set"):
        spec_env("-n", "1", "--insecure", "p", environ={"DISTNET_SECRET": "x"})


def test_key_derivation_is_deterministic_and_secret_specific(tmp_path):
    from distnet.base import MXNetError
    from distnet.ps import auth
    a, b = auth.derive_keys(b"one"), auth.derive_keys(b"two")
    assert a == auth.derive_keys(b"one") and len(set(a) | set(b)) == 8
    assert a.server_public == zmq.curve_public(a.server_secret)
    path = tmp_path / "secret"
    path.write_bytes(b"one\n")
    assert auth.keys_from_env({"DISTNET_SECRET_FILE": str(path)}) == a
    assert auth.keys_from_env({"DISTNET_SECRET": ""}) is None
    with pytest.raises(MXNetError, match="both DISTNET_SECRET and DISTNET_SECRET_FILE"):
        auth.load_secret({"DISTNET_SECRET": "x", "DISTNET_SECRET_FILE": str(path)})
    with pytest.raises(MXNetError, match="cannot read the cluster secret"):
        auth.load_secret({"DISTNET_SECRET_FILE": str(tmp_path / "missing")})


# ---- the worker programs --------------------------------------------------------------------------
def intruder_messages():
    """One message of every type a node sends, each one harmful if it were accepted."""
    import distnet as mx
    from distnet.optimizer.serialization import serialize_optimizer
    from distnet.ps.protocol import Msg, encode
    big = np.full((2, 3), 1000, np.float32)
    fields = {
        Msg.REGISTER: dict(role="worker", host="127.0.0.1", port=1, launch_index=-1), Msg.INIT: dict(keys=[[11, 0]], sync=True),
        Msg.PUSH: dict(keys=[[11, 0]], sync=True), Msg.PULL: dict(keys=[[11, 0]]), Msg.BARRIER: dict(group="all"),
        Msg.SET_OPTIMIZER: dict(optimizer=serialize_optimizer(mx.optimizer.create("sgd", learning_rate=100.0))),
        Msg.SET_LR: dict(lr=100.0), Msg.FINALIZE: {}, Msg.HEARTBEAT: {}, Msg.STOP: {},
        Msg.DEAD: dict(node="worker 1", reason="intruder"), Msg.GET_STATES: dict(dump_optimizer=True),
        Msg.STATS: dict(keys=[[11, 0]]), Msg.FAILED: dict(node="worker 1", message="intruder"),
    }
    arrays = {Msg.INIT: [big], Msg.PUSH: [big]}
    return [encode(kind, arrays.get(kind, ()), id=900 + i, **f) for i, (kind, f) in enumerate(fields.items())]


def probe(addresses, keys, messages, identity=b"worker 7", wait_ms=1500, enough=None):
    """Send ``messages`` to every address from a DEALER with ``keys`` (None: plain); count the replies.

    The default identity is a worker rank the job does not have: a server would count its pushes.
    """
    from distnet.ps.auth import Guard
    ctx = zmq.Context()
    socks = []
    for address in addresses:
        sock = Guard(ctx, keys).dealer()
        sock.setsockopt(zmq.IDENTITY, identity)
        sock.connect(address)
        socks.append(sock)
    for sock in socks:
        for frames in messages:
            sock.send_multipart(frames)
    poller = zmq.Poller()
    for sock in socks:
        poller.register(sock, zmq.POLLIN)
    replies = 0
    while replies != enough and dict(poller.poll(wait_ms)):
        for sock in socks:
            while sock.poll(0):
                sock.recv_multipart()
                replies += 1
    for sock in socks:
        sock.close(linger=0)
    ctx.term()
    return replies


def sum_rounds(kv, key, rounds=3):
    """Every worker pushes (rank + 1); each pull must be the exact sum."""
    import distnet as mx
    w = kv.num_workers
    for r in range(rounds):
        kv.push(key, mx.nd.ones((2, 3)) * (kv.rank + 1))
        out = mx.nd.zeros((2, 3))
        kv.pull(key, out=out)
        got = out.asnumpy()
        if not np.array_equal(got, np.full((2, 3), w * (w + 1) / 2, np.float32)):
            raise SystemExit(f"FAILED: round {r} of key {key}: {got.ravel()}")


def mode_intrude(kv):
    """Rank 0 attacks the scheduler and every server without the key and with a wrong one, then the job runs."""
    import distnet as mx
    from distnet.ps import auth
    from distnet.ps.protocol import Msg, encode
    kv.init(11, mx.nd.zeros((2, 3)))
    kv.pull(11, out=mx.nd.zeros((2, 3)))            # key 11 exists on its server before the attack
    result = ""
    if kv.rank == 0:
        cfg = kv._client.cfg
        addresses = [cfg.root_address] + [f"tcp://{h}:{p}" for h, p in kv._client.servers]
        harmless = [encode(Msg.STATS, id=1, keys=[[11, 0]])]
        if os.environ.get("INTRUDE_EXPECT_OPEN"):         # no secret: a plain socket is answered (not attacked)
            return f"intruder through={probe(addresses, None, harmless, b'probe', wait_ms=5000, enough=2)} "
        attack, keys = intruder_messages(), auth.keys_from_env()
        public, secret = zmq.curve_keypair()             # the servers' public key leaked, a key of its own
        leaked = keys._replace(client_public=public, client_secret=secret)
        through = sum(probe(addresses, k, attack) for k in (None, auth.derive_keys(b"wrong secret"), leaked))
        # control: the cluster's own keys, a non-worker identity, one harmless question to each of two nodes
        control = probe(addresses[:2], keys, harmless, identity=b"probe", wait_ms=5000, enough=2)
        result = f"intruder through={through} control replies={control}"
        if through:
            raise SystemExit(f"FAILED: {through} intruder messages were answered")
    kv._barrier()
    sum_rounds(kv, 11)
    return result


def fuzz_messages(rng, count):
    """``count`` random or mutated messages (seeded), each frame small."""
    from distnet.ps.protocol import Msg, encode
    seeds = [encode(Msg.PUSH, [np.ones(3, np.float32)], id=5, keys=[[11, 0]], sync=True),
             encode(Msg.PULL, id=6, keys=[[11, 0]]), encode(Msg.INIT, [np.ones(2, np.int64)], id=7, keys=[[77, 0]],
                                                          sync=True),
             encode(Msg.SET_LR, id=8, lr=0.5), encode(Msg.STATS, id=9, keys=[[11, 0]]), encode(Msg.HEARTBEAT, id=10),
             encode(Msg.BARRIER, id=11, group="all"), encode(Msg.GET_STATES, id=12, dump_optimizer=False)]
    seeds = [[bytes(f) if i == 0 else np.asarray(f).tobytes() for i, f in enumerate(m)] for m in seeds]
    junk = [None, True, -1, 2 ** 64 - 1, 1.5, "x", b"\0", [], {}, [[1, 0]], ["<f4", [2 ** 40]], ["|O", [1]]]
    for _ in range(count):
        frames = [bytes(rng.getrandbits(8) for _ in range(rng.randrange(12)))]
        if rng.random() < 0.9:
            frames = [bytearray(f) for f in rng.choice(seeds)]
            for _ in range(rng.randint(1, 3)):
                how, i = rng.randrange(5), rng.randrange(len(frames))
                if how == 0 and frames[i]:
                    frames[i][rng.randrange(len(frames[i]))] = rng.getrandbits(8)
                elif how == 1:
                    del frames[i][rng.randrange(len(frames[i]) + 1):]
                elif how == 2 and len(frames) < 4:
                    frames.append(bytearray(rng.randbytes(rng.randrange(16))))
                elif how == 3 and len(frames) > 1:
                    del frames[-1]
                else:
                    try:
                        head = msgpack.unpackb(bytes(frames[0]), strict_map_key=False)
                        head[rng.choice(["v", "op", "id", "keys", "sync", "arrays", "lr", "group"])] = rng.choice(junk)
                        frames[0] = bytearray(msgpack.packb(head))
                    except (ValueError, TypeError, AttributeError):
                        pass
        yield [bytes(f) for f in frames]


def fuzz(address, keys, count, result):
    """Send ``count`` fuzz messages in batches; every one must be answered (REPLY or ERROR)."""
    from distnet.ps.auth import Guard
    ctx = zmq.Context()
    sock = Guard(ctx, keys).dealer()
    sock.setsockopt(zmq.IDENTITY, b"fuzz")
    sock.connect(address)
    sent = replies = 0
    batch = []
    for frames in fuzz_messages(random.Random(1234), count):
        batch.append(frames)
        if len(batch) == 50 or sent + len(batch) == count:
            for frames in batch:
                sock.send_multipart(frames)
            sent += len(batch)
            batch = []
            while replies < sent and sock.poll(5000):
                sock.recv_multipart()
                replies += 1
    sock.close(linger=0)
    ctx.term()
    result.append((sent, replies))


def mode_fuzz(kv):
    """Rank 0 fuzzes server 0 from a second, authenticated socket while both workers run exact-sum rounds."""
    import distnet as mx
    from distnet.ps import auth
    kv.init(11, mx.nd.zeros((2, 3)))
    kv.pull(11, out=mx.nd.zeros((2, 3)))
    result, thread = [], None
    if kv.rank == 0:
        host, port = kv._client.servers[0]
        thread = threading.Thread(target=fuzz, args=(f"tcp://{host}:{port}", auth.keys_from_env(), FUZZ_MESSAGES,
                                                     result))
        thread.start()
    sum_rounds(kv, 11, rounds=20)
    if thread is not None:
        thread.join()
    kv._barrier()
    sum_rounds(kv, 11)                               # still serving after the fuzz
    return f"fuzzed={result[0][0]} replies={result[0][1]}" if result else ""


def main():
    import distnet as mx
    kv = mx.kv.create("dist_sync")
    result = {"intrude": mode_intrude, "fuzz": mode_fuzz}[sys.argv[1]](kv)
    print(f"ok rank={kv.rank} {result}", flush=True)


if __name__ == "__main__":
    main()
