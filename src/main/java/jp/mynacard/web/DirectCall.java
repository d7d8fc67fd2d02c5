package jp.mynacard.web;

import io.quarkus.arc.Subclass;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A GET method of a REST resource, called straight from a Vert.x route with its parameters bound from
 * the request as Quarkus REST binds them, for the kinds the read endpoints use: {@code @QueryParam},
 * {@code @PathParam} and {@code @HeaderParam} strings, {@code @BeanParam} classes of those, and
 * {@code @Context HttpServerRequest}. The binding is read from the method's own annotations, so the
 * parameters stay declared in one place. Path parameters are taken only when they need no decoding.
 */
final class DirectCall {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final String UNRESERVED_SEGMENT = "([A-Za-z0-9._~-]+)";

    /** One argument of the call, from the request and the path's matcher. */
    private interface Binder {
        Object bind(RoutingContext context, Matcher path) throws ReflectiveOperationException;
    }

    private final Object resource;
    private final Method method;
    private final String template;
    private final Pattern path;
    private final List<Binder> arguments;

    private DirectCall(Object resource, Method method, String template, Pattern path, List<Binder> arguments) {
        this.resource = resource;
        this.method = method;
        this.template = template;
        this.path = path;
        this.arguments = arguments;
    }

    /** The GET methods of {@code resource} returning {@code Uni<Response>} whose parameters can all be bound. */
    static Stream<DirectCall> of(Object resource) {
        // Intercepted beans are generated subclasses that do not repeat the annotations; calling the
        // annotated method on the instance still goes through the interceptors, as the REST layer does.
        Class<?> type = resource instanceof Subclass ? resource.getClass().getSuperclass() : resource.getClass();
        return Arrays.stream(type.getMethods())
                .filter(m -> m.isAnnotationPresent(GET.class) && m.getReturnType() == Uni.class)
                .flatMap(m -> of(resource, type, m).stream());
    }

    private static Optional<DirectCall> of(Object resource, Class<?> type, Method method) {
        String template = join(type.getAnnotation(Path.class), method.getAnnotation(Path.class));
        List<String> names = new ArrayList<>();
        Matcher parameter = TEMPLATE_PARAMETER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int end = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(end, parameter.start()))).append(UNRESERVED_SEGMENT);
            names.add(parameter.group(1));
            end = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(end)));
        List<Binder> arguments = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            Binder binder = binder(p, p.getType(), names);
            if (binder == null) {
                return Optional.empty();
            }
            arguments.add(binder);
        }
        return Optional.of(new DirectCall(resource, method, template, Pattern.compile(regex.toString()), arguments));
    }

    /** The method's answer if {@code path} is its path, else null; a bad parameter fails the Uni. */
    @SuppressWarnings("unchecked")
    Uni<Response> call(String path, RoutingContext context) {
        Matcher matched = this.path.matcher(path);
        if (!matched.matches()) {
            return null;
        }
        try {
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).bind(context, matched);
            }
            return (Uni<Response>) method.invoke(resource, values);
        } catch (InvocationTargetException e) {
            return Uni.createFrom().failure(e.getCause());
        } catch (ReflectiveOperationException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** "GET /path/{param}", the method's path template. */
    @Override
    public String toString() {
        return "GET " + template;
    }

    private static Binder binder(AnnotatedElement element, Class<?> type, List<String> pathNames) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null && type == String.class) {
            return (context, path) -> context.queryParams().get(query.value());
        }
        HeaderParam header = element.getAnnotation(HeaderParam.class);
        if (header != null && type == String.class) {
            return (context, path) -> context.request().getHeader(header.value());
        }
        PathParam pathParam = element.getAnnotation(PathParam.class);
        if (pathParam != null && type == String.class && pathNames.contains(pathParam.value())) {
            int group = pathNames.indexOf(pathParam.value()) + 1;
            return (context, path) -> path.group(group);
        }
        if (element.isAnnotationPresent(Context.class) && type == HttpServerRequest.class) {
            return (context, path) -> context.request();
        }
        if (element.isAnnotationPresent(BeanParam.class)) {
            return bean(type, pathNames);
        }
        return null;
    }

    /** A new instance of a {@code @BeanParam} class with each annotated field bound, or null if one cannot be. */
    private static Binder bean(Class<?> type, List<String> pathNames) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            List<Field> fields = new ArrayList<>();
            List<Binder> binders = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Binder binder = binder(field, field.getType(), pathNames);
                if (binder == null) {
                    return null;
                }
                field.setAccessible(true);
                fields.add(field);
                binders.add(binder);
            }
            return (context, path) -> {
                Object bean = constructor.newInstance();
                for (int i = 0; i < fields.size(); i++) {
                    fields.get(i).set(bean, binders.get(i).bind(context, path));
                }
                return bean;
            };
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String join(Path type, Path method) {
        String path = (type == null ? "" : type.value()) + (method == null ? "" : "/" + method.value());
        return ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }
}
