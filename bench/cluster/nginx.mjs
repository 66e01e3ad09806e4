// The nginx configuration of the cluster: one upstream of app instances with keep-alive connections, idempotent
// requests retried on the next instance when one fails (a POST only when it never reached the instance), the
// live-update streams (staff and public) unbuffered, /metrics not served to the outside. docs/deployment.md shows
// the same blocks for a production server.

/** nginx.conf for a foreground nginx whose files all live in `dir`. */
export function nginxConfig({ dir, listen, upstreams }) {
  return `worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  client_max_body_size 25m;

  upstream sim {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 64;
  }

  server {
    listen 127.0.0.1:${listen};
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_connect_timeout 2s;
    # Idempotent requests go to the next instance on a connection error, a timeout or a 502/503/504; a POST only
    # when it was never sent (nginx's default without non_idempotent), so a write is never applied twice by nginx.
    proxy_next_upstream error timeout http_502 http_503 http_504;
    proxy_next_upstream_tries 2;

    location ~ ^/api/v1/(public/)?events$ {
      proxy_pass http://sim;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
    }
    location = /metrics {
      deny all;
    }
    location / {
      proxy_pass http://sim;
    }
  }
}
`;
}
